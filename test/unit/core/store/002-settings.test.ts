import Database from 'better-sqlite3';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readSettings, writeSettings } from '../../../../src/core/store/settings';
import { migrate } from '../../../../src/core/store/migrate';
import { migration001 } from '../../../../src/core/store/migrations/001-initial';
import { migration002 } from '../../../../src/core/store/migrations/002-settings';
import { openStore } from '../../../../src/core/store/open-store';
import { tempDir } from '../../helpers';

describe('migration 002 (settings)', () => {
  it('adds a settings table to a database made by migration 001, keeping its rows', () => {
    const db = new Database(':memory:');
    migrate(db, [migration001], ':memory:');
    db.prepare("INSERT INTO agenda (session_key, status, updated_at) VALUES ('k', 'going', 'now')").run();
    migrate(db, [migration001, migration002], ':memory:');
    const columns = db
      .prepare<[], { name: string }>('PRAGMA table_info(settings)')
      .all()
      .map((c) => c.name);
    expect(columns).toEqual(['key', 'value', 'updated_at']);
    expect(db.prepare('SELECT session_key FROM agenda').all()).toEqual([{ session_key: 'k' }]);
  });

  it('starts with reminders off, and keeps the chosen lead time across restarts', () => {
    const file = path.join(tempDir(), 'k.db');
    const db = openStore(file);
    expect(readSettings(db)).toEqual({ reminderMinutes: null });
    writeSettings(db, { reminderMinutes: 10 });
    db.close();
    const reopened = openStore(file);
    expect(readSettings(reopened)).toEqual({ reminderMinutes: 10 });
    writeSettings(reopened, { reminderMinutes: null });
    expect(readSettings(reopened).reminderMinutes).toBeNull();
    reopened.close();
  });

  it('falls back to the default for a value it cannot read, and refuses a bad lead time', () => {
    const db = openStore(path.join(tempDir(), 'k.db'));
    db.prepare("INSERT INTO settings (key, value, updated_at) VALUES ('reminderMinutes', '\"soon\"', 'x')").run();
    expect(readSettings(db).reminderMinutes).toBeNull();
    expect(() => writeSettings(db, { reminderMinutes: -5 })).toThrow();
    db.close();
  });
});

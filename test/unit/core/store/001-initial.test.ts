import Database from 'better-sqlite3';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { migrate } from '../../../../src/core/store/migrate';
import { migration001 } from '../../../../src/core/store/migrations/001-initial';
import { migrations } from '../../../../src/core/store/migrations/index';
import { openStore } from '../../../../src/core/store/open-store';
import { tempDir } from '../../helpers';

describe('migration 001 (initial schema)', () => {
  it('creates every table the app relies on', () => {
    const db = new Database(':memory:');
    migrate(db, [migration001], ':memory:');
    const tables = db
      .prepare<[], { name: string }>("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")
      .all()
      .map((row) => row.name);
    expect(tables).toEqual(
      expect.arrayContaining([
        'agenda',
        'changes',
        'events',
        'imports',
        'schema_migrations',
        'session_sources',
        'session_speakers',
        'sessions',
        'sources',
        'speakers',
        'tracks',
      ]),
    );
  });

  it('keeps agenda rows when the session they point at is gone (no foreign key on purpose)', () => {
    const db = new Database(':memory:');
    db.pragma('foreign_keys = ON');
    migrate(db, [migration001], ':memory:');
    db.prepare("INSERT INTO agenda (session_key, status, updated_at) VALUES ('gone', 'going', 'now')").run();
    expect(db.prepare('SELECT COUNT(*) AS n FROM agenda').get()).toEqual({ n: 1 });
  });
});

describe('openStore', () => {
  it('turns on WAL and foreign keys and records the schema version', () => {
    const file = path.join(tempDir(), 'k.db');
    const db = openStore(file);
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
    const versions = db.prepare<[], { version: number }>('SELECT version FROM schema_migrations').all();
    expect(versions.map((v) => v.version)).toEqual(migrations.map((m) => m.version));
    db.close();
  });

  it('is idempotent: reopening applies nothing twice', () => {
    const file = path.join(tempDir(), 'k.db');
    openStore(file).close();
    const db = openStore(file);
    expect(db.prepare('SELECT COUNT(*) AS n FROM schema_migrations').get()).toEqual({ n: migrations.length });
    db.close();
  });

  it('refuses a database from a newer app and leaves the file as it was', () => {
    const file = path.join(tempDir(), 'k.db');
    const db = openStore(file);
    db.prepare("INSERT INTO schema_migrations (version, name, applied_at) VALUES (999, 'future', 'x')").run();
    db.close();
    const before = fs.readFileSync(file);
    expect(() => openStore(file)).toThrow(/schema version 999 is newer than this app knows/);
    expect(fs.readFileSync(file).equals(before)).toBe(true);
  });

  it('names the file when it is not a database at all', () => {
    const file = path.join(tempDir(), 'garbage.db');
    fs.writeFileSync(file, 'this is not sqlite '.repeat(200));
    expect(() => openStore(file)).toThrow(
      new RegExp(`${file.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}: not a usable kubeplan database`),
    );
    expect(fs.readFileSync(file, 'utf8')).toBe('this is not sqlite '.repeat(200));
  });
});

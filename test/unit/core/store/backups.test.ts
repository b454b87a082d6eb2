import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { applyImport } from '../../../../src/core/store/apply-import';
import { createBackup, KEEP_BACKUPS, listBackups, restoreBackup } from '../../../../src/core/store/backups';
import { migrate } from '../../../../src/core/store/migrate';
import { migrations } from '../../../../src/core/store/migrations/index';
import { openStore } from '../../../../src/core/store/open-store';
import { listSessions } from '../../../../src/core/store/read-sessions';
import { record, tempDir } from '../../helpers';

function seeded(dir: string) {
  const file = path.join(dir, 'kubeplan.db');
  const db = openStore(file);
  applyImport(db, {
    source: { kind: 'feed', location: 'feed', title: null },
    sessions: [record({ sessionKey: 'A1' })],
  });
  return { db, file };
}

describe('automatic backups', () => {
  it('copies the whole database, and keeps only the newest few', () => {
    const dir = tempDir();
    const { db } = seeded(dir);
    const backups = path.join(dir, 'backups');
    for (let i = 0; i < KEEP_BACKUPS + 3; i += 1)
      createBackup(db, backups, 'before-import', new Date(Date.UTC(2026, 0, 1, 0, 0, i)));
    const kept = listBackups(backups);
    expect(kept).toHaveLength(KEEP_BACKUPS);
    expect(kept[0]!.createdAt).toBe(`2026-01-01T00:00:0${KEEP_BACKUPS + 2}.000Z`);
    expect(kept[0]!.reason).toBe('before-import');
    const copy = openStore(kept[0]!.file, { readonly: true });
    expect(listSessions(copy).map((s) => s.sessionKey)).toEqual(['A1']);
    copy.close();
    db.close();
  });

  it('restores a backup in place of a corrupt file and keeps the corrupt file beside it', () => {
    const dir = tempDir();
    const { db, file } = seeded(dir);
    const backup = createBackup(db, path.join(dir, 'backups'), 'before-import');
    db.close();
    fs.writeFileSync(file, 'garbage');
    const keptAs = restoreBackup(file, backup);
    expect(fs.readFileSync(keptAs!, 'utf8')).toBe('garbage');
    const reopened = openStore(file);
    expect(listSessions(reopened).map((s) => s.sessionKey)).toEqual(['A1']);
    reopened.close();
  });

  it('is taken before migrating an existing database, not for a new one', () => {
    const dir = tempDir();
    const { db } = seeded(dir);
    let taken = 0;
    const next = { version: migrations.at(-1)!.version + 1, name: 'test-only', up: 'CREATE TABLE t (x)' };
    migrate(db, [...migrations, next], 'test', () => (taken += 1));
    expect(taken).toBe(1);
    migrate(db, [...migrations, next], 'test', () => (taken += 1));
    expect(taken).toBe(1);
    db.close();

    const fresh = openStore(path.join(dir, 'fresh.db'), { backupDir: path.join(dir, 'fresh-backups') });
    expect(listBackups(path.join(dir, 'fresh-backups'))).toEqual([]);
    fresh.close();
  });
});

describe('a read-only database file', () => {
  it('is refused with a clear message and left untouched', () => {
    const dir = tempDir();
    const { db, file } = seeded(dir);
    db.close();
    fs.chmodSync(file, 0o444);
    const before = fs.readFileSync(file);
    expect(() => openStore(file)).toThrow(`${file}: the database file is read-only`);
    expect(fs.readFileSync(file).equals(before)).toBe(true);
  });
});

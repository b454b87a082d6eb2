// A database the app cannot use (corrupt, from a newer kubeplan, read-only), through start-up and the
// handler table: a clear message, the file left byte for byte, and a way back from the last backup.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { AppStatus } from '../../../src/shared/ipc/app-channels';
import { FIXTURES, tempDir } from '../helpers';
import { backend, dump, dumpFile } from './fault-helpers';

type Damage = (file: string) => void;

const CASES: { name: string; damage: Damage; message: RegExp }[] = [
  {
    name: 'corrupt',
    damage: (file) => {
      // Overwrite the header and the first pages, as a failing disk or a bad copy would.
      const fd = fs.openSync(file, 'r+');
      fs.writeSync(fd, Buffer.alloc(16 * 1024, 0x5a), 0, 16 * 1024, 0);
      fs.closeSync(fd);
    },
    message: /not a usable kubeplan database: file is not a database/,
  },
  {
    name: 'from a newer version',
    damage: (file) => {
      const { app } = backend(file);
      app
        .current()
        .db!.prepare("INSERT INTO schema_migrations (version, name, applied_at) VALUES (999, 'future', 'then')")
        .run();
      app.current().db!.close();
    },
    message: /database schema version 999 is newer than this app knows .*The file was not changed/,
  },
  {
    name: 'read-only',
    damage: (file) => fs.chmodSync(file, 0o444),
    message: /the database file is read-only; kubeplan needs to write to it/,
  },
];

describe('a database the app cannot use', () => {
  it.each(CASES)('$name: clear message, file untouched, backup offered and restorable', async ({ damage, message }) => {
    const databasePath = path.join(tempDir(), 'kubeplan.db');
    const first = backend(databasePath);
    const sessions = (await first.dispatch('catalogue:list', undefined)) as {
      ok: true;
      value: { sessionKey: string }[];
    };
    await first.dispatch('agenda:set-star', { sessionKey: sessions.value[0]!.sessionKey, status: 'going' });
    await first.dispatch('agenda:set-note', { sessionKey: sessions.value[0]!.sessionKey, note: 'front row' });
    const planned = dump(first.app.current().db!);
    const text = fs.readFileSync(path.join(FIXTURES, 'schedules', 'c3voc-schedule-json-frab-camp2019.json'), 'utf8');
    expect((await first.dispatch('import:confirm', { name: 'camp.json', text })).ok).toBe(true);
    first.app.current().db!.close();

    damage(databasePath);
    const bytes = fs.readFileSync(databasePath);

    const second = backend(databasePath);
    const status = (await second.dispatch('app:status', undefined)) as { ok: true; value: AppStatus };
    expect(status.value.databaseAvailable).toBe(false);
    expect(status.value.startupProblems).toHaveLength(1);
    expect(status.value.startupProblems[0]!.code).toBe('database-error');
    expect(status.value.startupProblems[0]!.message).toMatch(message);
    expect(status.value.startupProblems[0]!.where).toBe(databasePath);
    // Nothing else pretends to work, and nothing wrote to the file.
    expect((await second.dispatch('catalogue:list', undefined)).ok).toBe(false);
    expect(fs.readFileSync(databasePath).equals(bytes)).toBe(true);

    expect(status.value.backups.map((b) => b.reason)).toEqual(['before-import']);
    const backup = status.value.backups[0]!;
    expect(dumpFile(backup.file)).toEqual(planned);
    const restored = (await second.dispatch('app:restore-backup', { file: backup.file })) as {
      ok: true;
      value: AppStatus;
    };
    expect(restored.ok).toBe(true);
    expect(restored.value.databaseAvailable).toBe(true);
    expect(restored.value.startupProblems).toEqual([]);
    expect(dump(second.app.current().db!)).toEqual(planned);
    // The unusable file is kept beside the restored one, unchanged, in case it still holds something.
    const kept = fs
      .readdirSync(path.dirname(databasePath))
      .filter((name) => name.startsWith('kubeplan.db.replaced-') && !/-(wal|shm)$/.test(name));
    expect(kept).toHaveLength(1);
    expect(fs.readFileSync(path.join(path.dirname(databasePath), kept[0]!)).equals(bytes)).toBe(true);
    second.app.current().db!.close();
  });
});

// Every upgrade path: a database left at each earlier schema version, with a user's data in it, opened
// by this build. It must end up with exactly the schema of a new database, every row still readable,
// and a backup of the old file taken before the first migration ran.
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { listBackups } from '../../../../src/core/store/backups';
import { migrate } from '../../../../src/core/store/migrate';
import { migrations } from '../../../../src/core/store/migrations/index';
import { openStore } from '../../../../src/core/store/open-store';
import { readImportChanges } from '../../../../src/core/store/read-changes';
import { listSessions } from '../../../../src/core/store/read-sessions';
import { readSettings } from '../../../../src/core/store/settings';
import { FIXTURES, tempDir } from '../../helpers';
import { schemaText } from './schema-text';

/** What a user had at each version, written with that version's own column names. */
function writeData(db: Database.Database, version: number): void {
  if (version >= 1) {
    const key = version >= 3 ? 'session_key' : 'key';
    db.exec(`
      INSERT INTO sources (id, kind, location, title, created_at) VALUES (1, 'schedule', '/all.ics', 'Sched', 'then');
      INSERT INTO events (id, name, time_zone) VALUES (1, 'KubeCon + CloudNativeCon Europe 2026', 'Europe/Amsterdam');
      INSERT INTO tracks (id, event_id, name) VALUES (1, 1, 'Security');
      INSERT INTO sessions (${key}, event_id, track_id, title, kind, day, start_utc, end_utc, time_zone, room, status,
                            first_seen_at, updated_at)
        VALUES ('1YFfY', 1, 1, 'Least-Privilege for AI', 'talk', '2026-03-24', '2026-03-24T10:15:00Z',
                '2026-03-24T10:45:00Z', 'Europe/Amsterdam', 'Hall 8', 'active', 'then', 'then');
      INSERT INTO speakers (id, name, name_key, affiliation) VALUES (1, 'Ana Ruiz', 'ana ruiz', 'Acme');
      INSERT INTO session_speakers (session_key, speaker_id, position, affiliation) VALUES ('1YFfY', 1, 0, 'Acme');
      INSERT INTO session_sources (source_id, record_id, session_key, record, seen_at)
        VALUES (1, '1YFfY', '1YFfY', '{"sourceItem":null}', 'then');
      INSERT INTO agenda (session_key, status, note, updated_at) VALUES ('1YFfY', 'going', 'front row', 'then');
      INSERT INTO imports (id, source_id, finished_at, new_count, changed_count, removed_count, unchanged_count)
        VALUES (1, 1, '2026-03-01T09:00:00Z', 0, 1, 0, 0);
      INSERT INTO changes (import_id, session_key, change, old_value, new_value) VALUES (1, '1YFfY', 'room', 'Hall 7', 'Hall 8');
    `);
  }
  if (version >= 2) {
    db.prepare("INSERT INTO settings (key, value, updated_at) VALUES ('reminderMinutes', '10', 'then')").run();
  }
  if (version >= 4) {
    db.exec(`
      INSERT INTO plan_pins (session_key, pinned_at) VALUES ('1YFfY', 'then');
      INSERT INTO team_members (id, name, imported_at) VALUES (1, 'Ana', 'then');
      INSERT INTO team_agenda (member_id, session_key, status) VALUES (1, '1YFfY', 'going');
      INSERT INTO recordings (session_key, video_id, url, title, source)
        VALUES ('1YFfY', 'abcdefghijk', 'https://www.youtube.com/watch?v=abcdefghijk', 'Least-Privilege for AI', 'feed.xml');
    `);
  }
}

const LATEST = migrations[migrations.length - 1]!.version;
const EARLIER = migrations.slice(0, -1).map((m) => m.version);

describe('opening a database from an earlier version', () => {
  it.each([0, ...EARLIER])('upgrades from version %i with its data, to the schema of a new database', (version) => {
    const file = path.join(tempDir(), 'kubeplan.db');
    const old = new Database(file);
    migrate(
      old,
      migrations.filter((m) => m.version <= version),
      file,
    );
    writeData(old, version);
    old.close();

    const db = openStore(file, { backupDir: path.join(path.dirname(file), 'backups') });
    expect(schemaText(db)).toBe(fs.readFileSync(path.join(FIXTURES, 'schema', 'schema.sql'), 'utf8'));
    const applied = db.prepare<[], { version: number }>('SELECT version FROM schema_migrations').all();
    expect(applied.map((r) => r.version)).toEqual(migrations.map((m) => m.version));
    expect(db.pragma('foreign_key_check')).toEqual([]);
    // A database with a schema is backed up before its first migration; a new one has nothing to lose.
    expect(listBackups(path.join(path.dirname(file), 'backups')).map((b) => b.reason)).toEqual(
      version > 0 ? ['before-migration'] : [],
    );
    if (version >= 1) {
      expect(listSessions(db)).toEqual([
        expect.objectContaining({
          sessionKey: '1YFfY',
          title: 'Least-Privilege for AI',
          event: 'KubeCon + CloudNativeCon Europe 2026',
          track: 'Security',
          start: '2026-03-24T11:15:00+01:00',
          room: 'Hall 8',
          speakers: [{ name: 'Ana Ruiz', affiliation: 'Acme' }],
          agenda: 'going',
          note: 'front row',
          changes: ['room'],
        }),
      ]);
      expect(readImportChanges(db)?.entries).toEqual([
        expect.objectContaining({
          sessionKey: '1YFfY',
          changes: [{ change: 'room', oldValue: 'Hall 7', newValue: 'Hall 8' }],
        }),
      ]);
    }
    expect(readSettings(db)).toEqual({ reminderMinutes: version >= 2 ? 10 : null });
    db.close();
  });

  it('covers every migration this build has', () => {
    expect([0, ...EARLIER, LATEST]).toEqual([0, ...migrations.map((m) => m.version)]);
    expect(migrations.map((m) => m.version)).toEqual(migrations.map((_, i) => i + 1));
  });
});

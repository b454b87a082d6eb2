import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { migrate } from '../../../../src/core/store/migrate';
import { migration001 } from '../../../../src/core/store/migrations/001-initial';
import { migration002 } from '../../../../src/core/store/migrations/002-settings';
import { migration003 } from '../../../../src/core/store/migrations/003-session-key';
import { listSessions } from '../../../../src/core/store/read-sessions';

function version2WithData(): Database.Database {
  const db = new Database(':memory:');
  db.pragma('foreign_keys = ON');
  migrate(db, [migration001, migration002], ':memory:');
  db.exec(`
    INSERT INTO sources (id, kind, location, title, created_at) VALUES (1, 'feed', '/feed.xml', 'Feed', 'now');
    INSERT INTO sessions (key, title, kind, day, status, first_seen_at, updated_at)
      VALUES ('1YFfY', 'KCP: Kubernetes-like control planes', 'talk', '2024-03-20', 'active', 'now', 'now');
    INSERT INTO speakers (id, name, name_key) VALUES (1, 'Ana', 'ana');
    INSERT INTO session_speakers (session_key, speaker_id, position) VALUES ('1YFfY', 1, 0);
    INSERT INTO session_sources (source_id, record_id, session_key, record, seen_at)
      VALUES (1, '1YFfY', '1YFfY', '{"sourceItem":"https://example.org/post"}', 'now');
    INSERT INTO agenda (session_key, status, note, updated_at) VALUES ('1YFfY', 'going', 'front row', 'now');
  `);
  return db;
}

describe('migration 003 (session_key)', () => {
  it('renames sessions.key to session_key on a version 2 database, keeping every row', () => {
    const db = version2WithData();
    migrate(db, [migration001, migration002, migration003], ':memory:');
    const columns = db
      .prepare<[], { name: string; pk: number }>('PRAGMA table_info(sessions)')
      .all()
      .filter((c) => c.pk === 1)
      .map((c) => c.name);
    expect(columns).toEqual(['session_key']);
    const [session] = listSessions(db);
    expect(session).toMatchObject({
      sessionKey: '1YFfY',
      title: 'KCP: Kubernetes-like control planes',
      speakers: [{ name: 'Ana', affiliation: null }],
      agenda: 'going',
      note: 'front row',
      sourceItem: 'https://example.org/post',
    });
  });

  it('keeps the foreign keys pointing at the renamed column', () => {
    const db = version2WithData();
    migrate(db, [migration001, migration002, migration003], ':memory:');
    expect(db.prepare('PRAGMA foreign_key_check').all()).toEqual([]);
    const targets = ['session_speakers', 'session_sources'].flatMap((table) =>
      db
        .prepare<[], { table: string; to: string }>(`PRAGMA foreign_key_list(${table})`)
        .all()
        .filter((fk) => fk.table === 'sessions')
        .map((fk) => `${table} → ${fk.to}`),
    );
    expect(targets).toEqual(['session_speakers → session_key', 'session_sources → session_key']);
    // Deleting a session still cascades to its speaker links, as migration 001 declared.
    db.prepare("DELETE FROM session_sources WHERE session_key = '1YFfY'").run();
    db.prepare("DELETE FROM sessions WHERE session_key = '1YFfY'").run();
    expect(db.prepare('SELECT COUNT(*) AS n FROM session_speakers').get()).toEqual({ n: 0 });
  });
});

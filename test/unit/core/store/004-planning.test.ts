// Migration 4 on a version 3 database with a user's data: every row still readable, and the new
// planning tables (pins, applied plans, team overlays, recordings) usable through the store.
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { migrate } from '../../../../src/core/store/migrate';
import { migrations } from '../../../../src/core/store/migrations';
import { listPins, setPinned } from '../../../../src/core/store/plan-store';
import { listSessions } from '../../../../src/core/store/read-sessions';
import { listRecordings, saveRecordings } from '../../../../src/core/store/recordings-store';
import { saveMember, teamAttendance } from '../../../../src/core/store/team-store';

function version3WithData(): Database.Database {
  const db = new Database(':memory:');
  db.pragma('foreign_keys = ON');
  migrate(
    db,
    migrations.filter((m) => m.version <= 3),
    ':memory:',
  );
  db.exec(`
    INSERT INTO sessions (session_key, title, kind, day, start_utc, end_utc, room, status, first_seen_at, updated_at)
      VALUES ('1YFfY', 'KCP: Kubernetes-like control planes', 'talk', '2026-03-24', '2026-03-24T10:15:00Z',
              '2026-03-24T10:45:00Z', 'Hall 8 | Room F', 'active', 'now', 'now');
    INSERT INTO agenda (session_key, status, note, updated_at) VALUES ('1YFfY', 'going', 'front row', 'now');
  `);
  return db;
}

describe('migration 004 (planning)', () => {
  it('keeps every session and star, and the planning tables work', () => {
    const db = version3WithData();
    migrate(db, migrations, ':memory:');
    expect(listSessions(db)).toEqual([
      expect.objectContaining({ sessionKey: '1YFfY', agenda: 'going', note: 'front row', room: 'Hall 8 | Room F' }),
    ]);
    const now = new Date('2026-03-01T09:00:00Z');
    setPinned(db, '1YFfY', true, now);
    expect([...listPins(db)]).toEqual(['1YFfY']);
    saveMember(db, 'Ana', [{ sessionKey: '1YFfY', status: 'maybe', note: null }], now);
    expect(teamAttendance(db)).toEqual([{ sessionKey: '1YFfY', members: [{ name: 'Ana', status: 'maybe' }] }]);
    saveRecordings(db, 'feed.xml', [
      {
        sessionKey: '1YFfY',
        videoId: 'abcdefghijk',
        url: 'https://www.youtube.com/watch?v=abcdefghijk',
        title: 'KCP',
        publishedAt: null,
        source: 'feed.xml',
      },
    ]);
    expect(listRecordings(db).map((r) => r.videoId)).toEqual(['abcdefghijk']);
    expect(db.pragma('foreign_key_check')).toEqual([]);
  });
});

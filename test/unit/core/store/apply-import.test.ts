import { describe, expect, it } from 'vitest';
import { applyImport } from '../../../../src/core/store/apply-import';
import { listSessions } from '../../../../src/core/store/read-sessions';
import type { ImportBatch, SessionRecord } from '../../../../src/shared/types';
import { record, tempDb } from '../../helpers';

const feed = (sessions: SessionRecord[]): ImportBatch => ({
  source: { kind: 'feed', location: 'https://blog.example/feed.xml', title: 'Blog' },
  sessions,
});
const schedule = (sessions: SessionRecord[]): ImportBatch => ({
  source: { kind: 'schedule', location: '/tmp/sched.ics', title: 'Sched export' },
  sessions,
});

describe('applyImport', () => {
  it('stores new sessions with speakers and counts them as new', () => {
    const { db } = tempDb();
    const result = applyImport(
      db,
      feed([
        record({ sessionKey: 'A1', speakers: [{ name: 'Oleg Šelajev', affiliation: 'AtomicJar' }] }),
        record({ sessionKey: 'B2' }),
      ]),
    );
    expect(result.counts).toEqual({ new: 2, changed: 0, removed: 0, unchanged: 0 });
    const a1 = listSessions(db).find((s) => s.sessionKey === 'A1')!;
    expect(a1.speakers).toEqual([{ name: 'Oleg Šelajev', affiliation: 'AtomicJar' }]);
    expect(a1.changes).toEqual(['new']);
  });

  it('re-importing the same batch changes nothing', () => {
    const { db } = tempDb();
    const batch = feed([record({ sessionKey: 'A1', track: 'Platform Engineering Day' })]);
    applyImport(db, batch);
    const before = listSessions(db);
    const again = applyImport(db, batch);
    expect(again.counts).toEqual({ new: 0, changed: 0, removed: 0, unchanged: 1 });
    expect(listSessions(db).map(({ changes: _c, ...s }) => s)).toEqual(before.map(({ changes: _c, ...s }) => s));
  });

  it('records what changed, marks dropped sessions removed, and keeps stars', () => {
    const { db } = tempDb();
    applyImport(
      db,
      schedule([
        record({
          sessionKey: 'A1',
          start: '2024-03-20T11:00:00+01:00',
          end: '2024-03-20T11:30:00+01:00',
          room: 'Hall 7',
        }),
        record({ sessionKey: 'B2', title: 'Old title' }),
        record({ sessionKey: 'C3' }),
      ]),
    );
    db.prepare("INSERT INTO agenda (session_key, status, updated_at) VALUES ('C3', 'going', 'now')").run();
    const result = applyImport(
      db,
      schedule([
        record({
          sessionKey: 'A1',
          start: '2024-03-20T12:00:00+01:00',
          end: '2024-03-20T12:30:00+01:00',
          room: 'Hall 7',
        }),
        record({ sessionKey: 'B2', title: 'New title' }),
      ]),
    );
    expect(result.counts).toEqual({ new: 0, changed: 2, removed: 1, unchanged: 0 });
    const all = listSessions(db, { includeRemoved: true });
    expect(all.find((s) => s.sessionKey === 'A1')!.changes).toEqual(['time']);
    expect(all.find((s) => s.sessionKey === 'A1')!.start).toBe('2024-03-20T11:00:00Z');
    expect(all.find((s) => s.sessionKey === 'B2')!.title).toBe('New title');
    const c3 = all.find((s) => s.sessionKey === 'C3')!;
    expect(c3.status).toBe('removed');
    expect(c3.agenda).toBe('going');
    expect(listSessions(db).some((s) => s.sessionKey === 'C3')).toBe(false);
  });

  it('merges a feed description and a schedule timing of the same sched session into one', () => {
    const { db } = tempDb();
    applyImport(
      db,
      feed([record({ sessionKey: '1YFfY', abstract: 'From the blog', track: 'Platform Engineering Day' })]),
    );
    applyImport(
      db,
      schedule([
        record({
          sessionKey: '1YFfY',
          start: '2024-03-19T09:15:00+01:00',
          end: '2024-03-19T09:40:00+01:00',
          timeZone: 'Europe/Paris',
          room: 'Pavilion 7',
        }),
      ]),
    );
    const sessions = listSessions(db);
    expect(sessions).toHaveLength(1);
    expect(sessions[0]).toMatchObject({
      abstract: 'From the blog',
      room: 'Pavilion 7',
      date: '2024-03-19',
      start: '2024-03-19T09:15:00+01:00',
      track: 'Platform Engineering Day',
    });
  });

  it('matches a session without a sched id by URL, then by title and first speaker', () => {
    const { db } = tempDb();
    applyImport(
      db,
      feed([record({ sessionKey: 'X1', title: 'Kube Talk', speakers: [{ name: 'Ana Li', affiliation: null }] })]),
    );
    applyImport(
      db,
      schedule([
        record({
          sessionKey: 'sessionize:42',
          url: null,
          title: 'Kube talk!',
          speakers: [{ name: 'Ana Li', affiliation: 'ACME' }],
        }),
      ]),
    );
    const sessions = listSessions(db);
    expect(sessions.map((s) => s.sessionKey)).toEqual(['X1']);
    expect(sessions[0]!.speakers).toEqual([{ name: 'Ana Li', affiliation: 'ACME' }]);
  });

  it('never matches by a title with no letters or digits ("‐", "!"): it names no talk', () => {
    const { db } = tempDb();
    applyImport(db, feed([record({ sessionKey: 'A1', title: '‐', speakers: [] })]));
    applyImport(db, schedule([record({ sessionKey: 'D4', title: '!', speakers: [] })]));
    expect(
      listSessions(db)
        .map((s) => [s.sessionKey, s.title])
        .sort(),
    ).toEqual([
      ['A1', '‐'],
      ['D4', '!'],
    ]);
    const again = applyImport(db, schedule([record({ sessionKey: 'D4', title: '!', speakers: [] })]));
    expect(again.counts).toEqual({ new: 0, changed: 0, removed: 0, unchanged: 1 });
  });

  it('merges a session linked twice in one batch', () => {
    const { db } = tempDb();
    const result = applyImport(
      db,
      feed([
        record({ sessionKey: 'D4', track: 'Platform Engineering Day' }),
        record({ sessionKey: 'D4', abstract: 'Twice' }),
      ]),
    );
    expect(result.counts.new).toBe(1);
    expect(listSessions(db)[0]).toMatchObject({ track: 'Platform Engineering Day', abstract: 'Twice' });
  });

  it('is one transaction: a failure midway leaves the store exactly as it was', () => {
    const { db } = tempDb();
    applyImport(db, feed([record({ sessionKey: 'A1' })]));
    const before = listSessions(db);
    // Fails on the second record, after the first one has already been written inside the transaction.
    db.exec(`CREATE TEMP TRIGGER fail_b2 BEFORE INSERT ON session_sources WHEN NEW.record_id = 'B2'
             BEGIN SELECT RAISE(ABORT, 'disk full'); END`);
    expect(() =>
      applyImport(db, feed([record({ sessionKey: 'A1', title: 'Changed' }), record({ sessionKey: 'B2' })])),
    ).toThrow('disk full');
    expect(listSessions(db)).toEqual(before);
  });
});

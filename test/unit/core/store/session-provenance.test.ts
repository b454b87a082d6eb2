import { describe, expect, it } from 'vitest';
import { applyImport } from '../../../../src/core/store/apply-import';
import { sessionProvenance } from '../../../../src/core/store/session-provenance';
import { record, tempDb } from '../../helpers';

describe('session provenance', () => {
  it('lists every source of a session and the changes of its latest import', () => {
    const { db } = tempDb();
    const feed = { kind: 'feed' as const, location: 'https://blog.example/feed.xml', title: 'A blog' };
    const schedule = { kind: 'schedule' as const, location: '/tmp/sched.ics', title: 'Sched export' };
    applyImport(
      db,
      { source: feed, sessions: [record({ sessionKey: '1YeLy', title: 'Bloomberg’s Journey' })] },
      { now: () => new Date('2026-03-01T10:00:00Z') },
    );
    applyImport(
      db,
      {
        source: schedule,
        sessions: [record({ sessionKey: '1YeLy', title: 'Bloomberg’s Journey', room: 'Hall 7', date: '2024-03-20' })],
      },
      { now: () => new Date('2026-03-02T10:00:00Z') },
    );
    const { sources, lastChanges } = sessionProvenance(db, '1YeLy');
    expect(sources.map((s) => [s.title, s.kind, s.record.room])).toEqual([
      ['Sched export', 'schedule', 'Hall 7'],
      ['A blog', 'feed', null],
    ]);
    expect(lastChanges.map((c) => [c.change, c.oldValue, c.newValue, c.source])).toEqual(
      [
        ['day', null, '2024-03-20'],
        ['room', null, 'Hall 7'],
      ].map(([change, oldValue, newValue]) => [change, oldValue, newValue, '/tmp/sched.ics']),
    );
    expect(lastChanges[0]!.importedAt).toBe('2026-03-02T10:00:00.000Z');
  });

  it('is empty for a session nobody listed', () => {
    const { db } = tempDb();
    expect(sessionProvenance(db, 'nope')).toEqual({ sources: [], lastChanges: [] });
  });
});

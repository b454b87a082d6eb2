import { describe, expect, it } from 'vitest';
import { listEntries, listStarred, setNote, setStar } from '../../../../src/core/store/agenda';
import { applyImport } from '../../../../src/core/store/apply-import';
import { getSession } from '../../../../src/core/store/read-sessions';
import { schedRecords } from '../../../support/sched-records';
import { IDS, schedBatch, seedAgendaDb } from '../../../support/agenda-db';
import { tempDb } from '../../helpers';

describe('agenda stars and notes', () => {
  it('stars going or maybe, unstars, and keeps a note on its own', () => {
    const { db } = tempDb();
    seedAgendaDb(db);
    setStar(db, IDS.leastPrivilege, 'going');
    setStar(db, IDS.agentKeys, 'maybe');
    setNote(db, IDS.agentKeys, '  ask about SPIRE  ');
    expect(getSession(db, IDS.leastPrivilege).agenda).toBe('going');
    expect(getSession(db, IDS.agentKeys)).toMatchObject({ agenda: 'maybe', note: 'ask about SPIRE' });
    setStar(db, IDS.agentKeys, null);
    expect(getSession(db, IDS.agentKeys)).toMatchObject({ agenda: null, note: 'ask about SPIRE' });
    setNote(db, IDS.agentKeys, '');
    expect(listEntries(db).map((e) => e.sessionKey)).toEqual([IDS.leastPrivilege]);
  });

  it('refuses to star an id that is not stored, naming it', () => {
    const { db } = tempDb();
    seedAgendaDb(db);
    expect(() => setStar(db, 'nope', 'going')).toThrow(/no session with key nope/);
    expect(listEntries(db)).toEqual([]);
  });

  it('keeps stars and notes through a re-import, marks a moved session changed and a dropped one removed', () => {
    const { db } = tempDb();
    seedAgendaDb(db);
    setStar(db, IDS.leastPrivilege, 'going');
    setStar(db, IDS.agentKeys, 'maybe');
    setNote(db, IDS.leastPrivilege, 'front row');
    const records = schedRecords()
      .filter((r) => r.sessionKey !== IDS.agentKeys)
      .map((r) =>
        r.sessionKey === IDS.leastPrivilege
          ? { ...r, start: '2026-03-24T13:15:00Z', end: '2026-03-24T13:45:00Z', room: 'Hall 12' }
          : r,
      );
    applyImport(db, schedBatch(records), { now: () => new Date('2026-03-10T09:00:00Z') });

    const moved = getSession(db, IDS.leastPrivilege);
    expect(moved).toMatchObject({ agenda: 'going', note: 'front row', status: 'active', room: 'Hall 12' });
    expect(moved.changes).toEqual(expect.arrayContaining(['time', 'room']));
    const removed = getSession(db, IDS.agentKeys);
    expect(removed).toMatchObject({ agenda: 'maybe', status: 'removed' });
    expect(
      listStarred(db)
        .map((s) => s.sessionKey)
        .sort(),
    ).toEqual([IDS.leastPrivilege, IDS.agentKeys].sort());
  });
});

import { describe, expect, it } from 'vitest';
import { setStar } from '../../../../src/core/store/agenda';
import { nowNext } from '../../../../src/core/agenda/now-next';
import { listSessions } from '../../../../src/core/store/read-sessions';
import { IDS, seedAgendaDb } from '../../../support/agenda-db';
import { tempDb } from '../../helpers';

describe('now and next', () => {
  it('tells what is on now and next, among starred sessions and across the event, at a given moment', () => {
    const { db } = tempDb();
    seedAgendaDb(db);
    setStar(db, IDS.leastPrivilege, 'going');
    const helm = listSessions(db).find((s) => s.title === 'Helm 4 Is Here. So, Now What?')!;
    setStar(db, helm.sessionKey, 'maybe');

    const during = nowNext(listSessions(db), new Date('2026-03-24T10:30:00Z'));
    expect(during.starredNow.map((s) => s.sessionKey)).toEqual([IDS.leastPrivilege]);
    expect(during.starredNext.map((s) => s.sessionKey)).toEqual([helm.sessionKey]);
    expect(during.eventNow.length).toBeGreaterThan(10);
    // The next slot across the event starts at 10:45 (a theater talk), before the 11:00 talks.
    expect(during.eventNext.every((s) => s.start === '2026-03-24T11:45:00+01:00')).toBe(true);

    const before = nowNext(listSessions(db), new Date('2026-03-24T08:00:00Z'));
    expect(before.starredNow).toEqual([]);
    expect(before.starredNext.map((s) => s.sessionKey)).toEqual([IDS.leastPrivilege]);
    expect(before.eventNext.map((s) => s.title)).toEqual(['Keynote: The Future of Cloud Native Is… Agentic']);
  });
});

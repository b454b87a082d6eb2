import { describe, expect, it } from 'vitest';
import { setStar } from '../../../../src/core/store/agenda';
import { buildAgendaPlan } from '../../../../src/core/agenda/build-plan';
import { listSessions } from '../../../../src/core/store/read-sessions';
import { IDS, seedAgendaDb } from '../../../support/agenda-db';
import { tempDb } from '../../helpers';

const LATE_THEATER = '6054ae29'; // 12:18–12:34 UTC, a Cloud Native Theater talk

function seeded() {
  const { db } = tempDb();
  seedAgendaDb(db);
  const idOf = (prefix: string) => listSessions(db).find((s) => s.sessionKey.startsWith(prefix))!.sessionKey;
  return { db, idOf };
}

describe('my agenda plan', () => {
  it('puts overlapping starred sessions side by side in one block and counts the conflict', () => {
    const { db } = seeded();
    setStar(db, IDS.leastPrivilege, 'going');
    setStar(db, IDS.agentKeys, 'maybe');
    setStar(db, IDS.innerOuter, 'going');
    const plan = buildAgendaPlan(listSessions(db, { includeRemoved: true }));
    expect(plan.conflictCount).toBe(1);
    const day = plan.days.find((d) => d.date === '2026-03-24')!;
    expect(day.blocks).toHaveLength(1);
    expect(day.blocks[0]!.sessions.map((s) => s.sessionKey).sort()).toEqual(
      [IDS.leastPrivilege, IDS.agentKeys, IDS.innerOuter].sort(),
    );
    expect(day.blocks[0]).toMatchObject({ start: '2026-03-24T10:15:00Z', end: '2026-03-24T10:45:00Z' });
  });

  it('suggests unstarred sessions that fit the free slot between two starred ones', () => {
    const { db, idOf } = seeded();
    setStar(db, IDS.leastPrivilege, 'going');
    setStar(db, idOf(LATE_THEATER), 'going');
    const plan = buildAgendaPlan(listSessions(db), { maxSuggestions: 50 });
    expect(plan.conflictCount).toBe(0);
    const slot = plan.days[0]!.freeSlots[0]!;
    expect(slot).toMatchObject({ start: '2026-03-24T10:45:00Z', end: '2026-03-24T12:18:00Z' });
    const titles = slot.suggestions.map((s) => s.title);
    expect(titles).toContain('Helm 4 Is Here. So, Now What?');
    for (const s of slot.suggestions) {
      expect(Date.parse(s.start!)).toBeGreaterThanOrEqual(Date.parse(slot.start));
      expect(Date.parse(s.end!)).toBeLessThanOrEqual(Date.parse(slot.end));
      expect(s.agenda).toBeNull();
    }
    // The lunch break (11:30–13:30) overruns the slot, so it is not offered.
    expect(titles).not.toContain('Lunch 🍲');
  });

  it('lists day-only and dayless starred sessions apart from the timeline', () => {
    const { db } = seeded();
    setStar(db, 'day-only', 'going');
    setStar(db, 'no-day', 'maybe');
    setStar(db, 'dst-spring', 'going');
    const plan = buildAgendaPlan(listSessions(db));
    expect(plan.unscheduled.map((s) => s.sessionKey)).toEqual(['no-day']);
    expect(plan.days.map((d) => d.date)).toEqual(['2026-03-25', '2026-03-29']);
    expect(plan.days[0]!.untimed.map((s) => s.sessionKey)).toEqual(['day-only']);
    expect(plan.days[0]!.blocks).toEqual([]);
    expect(plan.total).toBe(3);
  });
});

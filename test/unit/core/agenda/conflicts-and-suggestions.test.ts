// Conflicts are the sessions that really overlap each other; free-slot suggestions are ranked by
// likeness to what was starred, each with its reason. On the real Sched KubeCon EU 2026 Tuesday.
import { describe, expect, it } from 'vitest';
import { trueConflicts } from '../../../../src/core/agenda/conflicts';
import { buildAgendaPlan } from '../../../../src/core/agenda/build-plan';
import { setStar } from '../../../../src/core/store/agenda';
import { listSessions } from '../../../../src/core/store/read-sessions';
import { IDS, seedAgendaDb } from '../../../support/agenda-db';
import { tempDb } from '../../helpers';

function seeded() {
  const { db } = tempDb();
  seedAgendaDb(db);
  const idOf = (prefix: string) => listSessions(db).find((s) => s.sessionKey.startsWith(prefix))!.sessionKey;
  return { db, idOf };
}

const CAPTURE_THE_FLAG = 'b63d6b44'; // 11:30–13:30 CET
const RAY_SERVE = '389058fe'; // 12:00–12:30 CET, Ai + Ml
const LATE_THEATER = '6054ae29'; // 13:18–13:34 CET, a Cloud Native University talk
const PLATFORM_TALK = '9d430e53'; // 12:00–12:30 CET, Platform Engineering, shares nothing with the two

describe('agenda conflicts', () => {
  it('splits a chain into the groups that really overlap', () => {
    const { db, idOf } = seeded();
    for (const key of [IDS.leastPrivilege, IDS.agentKeys, idOf(CAPTURE_THE_FLAG), idOf(RAY_SERVE)])
      setStar(db, key, 'going');
    const plan = buildAgendaPlan(listSessions(db));
    const day = plan.days.find((d) => d.date === '2026-03-24')!;
    // One chained block of four, shown as two conflicts: the 12:00 talk does not meet the 11:15 ones.
    expect(day.blocks).toHaveLength(1);
    const { conflicts } = day.blocks[0]!;
    expect(conflicts.map((c) => [c.start, c.end])).toEqual([
      ['2026-03-24T10:30:00Z', '2026-03-24T10:45:00Z'],
      ['2026-03-24T11:00:00Z', '2026-03-24T11:30:00Z'],
    ]);
    expect(conflicts[0]!.sessionKeys.sort()).toEqual(
      [IDS.leastPrivilege, IDS.agentKeys, idOf(CAPTURE_THE_FLAG)].sort(),
    );
    expect(conflicts[1]!.sessionKeys.sort()).toEqual([idOf(CAPTURE_THE_FLAG), idOf(RAY_SERVE)].sort());
    expect(plan.conflictCount).toBe(2);
  });

  it('finds no conflict between sessions that only touch', () => {
    const span = (start: number, end: number) => ({ start, end });
    expect(trueConflicts([span(0, 30), span(30, 60)], (s) => s)).toEqual([]);
    expect(trueConflicts([span(0, 30), span(0, 30)], (s) => s)).toHaveLength(1);
  });
});

describe('free-slot suggestions', () => {
  it('come most like the starred sessions first, each saying why', () => {
    const { db, idOf } = seeded();
    setStar(db, IDS.leastPrivilege, 'going');
    setStar(db, idOf(LATE_THEATER), 'going');
    const plan = buildAgendaPlan(listSessions(db), { maxSuggestions: 50 });
    const slot = plan.days[0]!.freeSlots[0]!;
    expect(slot.reasons).toHaveLength(slot.suggestions.length);
    const at = (prefix: string) => slot.suggestions.findIndex((s) => s.sessionKey.startsWith(prefix));
    // The starred 11:15 talk is in the Ai + Ml track: a 12:00 Ai + Ml talk comes before a 12:00 talk
    // that shares nothing with the starred ones, and says so.
    expect(at(RAY_SERVE)).toBeGreaterThanOrEqual(0);
    expect(at(RAY_SERVE)).toBeLessThan(at(PLATFORM_TALK));
    expect(slot.reasons[at(RAY_SERVE)]).toBe('Ai + Ml track, like 1 of your sessions');
    expect(slot.reasons[at(PLATFORM_TALK)]).toBe('Fits this gap');
    // The starred theater talk's track and title words rank the other Cloud Native University talks.
    expect(slot.reasons[0]).toMatch(/^Solutions Showcase track, like 1 of your sessions; about .*university/);
    // Everything like a starred session comes before anything that only fits the gap.
    const firstFiller = slot.reasons.indexOf('Fits this gap');
    expect(slot.reasons.slice(firstFiller).every((r) => r === 'Fits this gap')).toBe(true);
  });
});

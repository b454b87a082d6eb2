// The conflict-free plan on the real KubeCon EU 2026 schedule: a proposal keeps pinned before going
// before maybe, fills free time with recommendations, changes nothing until applied, and undo puts
// the agenda back as it was, notes included.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { listEntries } from '../../../../src/core/store/agenda';
import { listSessions } from '../../../../src/core/store/read-sessions';
import { importSource } from '../../../../src/core/use-cases/import-source';
import {
  applyPlan,
  changeOf,
  pinSession,
  proposeConflictFreePlan,
  setHallMinutes,
  undoPlan,
} from '../../../../src/core/use-cases/plan';
import { setNote, setStar } from '../../../../src/core/use-cases/star';
import type { SessionView } from '../../../../src/shared/types';
import { FIXTURES, tempDb, thrown } from '../../helpers';

const SCHEDULE = path.join(FIXTURES, 'schedules', 'sched-kccnceu2026-all.ics');

async function catalogue() {
  const { db } = tempDb();
  const deps = { db, backup: () => {} };
  await importSource(deps, { location: SCHEDULE });
  return deps;
}

const overlaps = (a: SessionView, b: SessionView) => a.start! < b.end! && b.start! < a.end!;

/** Three talks at the same hour of Wednesday, in different halls. */
function clash(sessions: SessionView[]): SessionView[] {
  const talks = sessions.filter((s) => s.date === '2026-03-25' && s.kind === 'talk' && s.room && s.start && s.end);
  for (const a of talks) {
    const same = talks.filter((b) => b.start === a.start && b.room !== a.room);
    if (same.length >= 2) return [a, same[0]!, same[1]!];
  }
  throw new Error('no three talks at one time');
}

describe('proposeConflictFreePlan', () => {
  it('keeps pinned over going over maybe and changes nothing', async () => {
    const deps = await catalogue();
    const [a, b, c] = clash(listSessions(deps.db));
    setStar(deps, [a!.sessionKey], 'maybe');
    setStar(deps, [b!.sessionKey], 'going');
    pinSession(deps, c!.sessionKey, true);
    const before = listEntries(deps.db);
    const proposal = proposeConflictFreePlan(deps, { fill: false });
    expect(listEntries(deps.db)).toEqual(before);
    const day = proposal.days.find((d) => d.date === '2026-03-25')!;
    expect(day.kept.map((s) => s.sessionKey)).toEqual([c!.sessionKey]);
    expect(day.dropped.map((d) => d.session.sessionKey).sort()).toEqual([a!.sessionKey, b!.sessionKey].sort());
    for (const d of day.dropped) expect(d.reason).toBe(`overlaps “${c!.title}” (pinned)`);
  });

  it('plans a busy real day with no overlaps, walking time between halls, and fills free time', async () => {
    const deps = await catalogue();
    const sessions = listSessions(deps.db);
    // Every fourth talk of Wednesday starred: many clashes, and gaps to fill.
    const wednesday = sessions.filter((s) => s.date === '2026-03-25' && s.kind === 'talk' && s.start);
    const starred = wednesday.filter((_, i) => i % 4 === 0);
    setStar(deps, starred.map((s) => s.sessionKey).slice(0, 20), 'going');
    setStar(deps, starred.map((s) => s.sessionKey).slice(20), 'maybe');
    setHallMinutes(deps, 10);
    const proposal = proposeConflictFreePlan(deps);
    expect(proposal.hallMinutes).toBe(10);
    const day = proposal.days.find((d) => d.date === '2026-03-25')!;
    expect(day.dropped.length).toBeGreaterThan(0);
    expect(day.added.length).toBeGreaterThan(0);
    const plan = [...day.kept, ...day.added.map((r) => r.session)].sort((x, y) => x.start!.localeCompare(y.start!));
    plan.forEach((s, i) => plan.slice(i + 1).forEach((t) => expect(overlaps(s, t)).toBe(false)));
    for (const d of day.dropped) {
      expect(d.blockedBy).not.toBeNull();
      expect(d.reason).toMatch(/^(overlaps|no time to walk 10 min)/);
    }
    // Nothing starred is added again, and every starred session of the day is kept or dropped.
    expect(day.added.some((r) => r.session.agenda !== null)).toBe(false);
    expect(day.kept.length + day.dropped.length).toBe(starred.length);
  });
});

describe('applyPlan and undoPlan', () => {
  it('applies exactly the diff shown, and undo restores stars and notes as they were', async () => {
    const deps = await catalogue();
    const [a, b, c] = clash(listSessions(deps.db));
    setStar(deps, [a!.sessionKey, b!.sessionKey], 'going');
    setStar(deps, [c!.sessionKey], 'maybe');
    setNote(deps, c!.sessionKey, 'ask about the demo');
    const before = listEntries(deps.db);
    const proposal = proposeConflictFreePlan(deps);
    const change = changeOf(proposal);
    expect(change.drop).toContain(c!.sessionKey);
    const applied = applyPlan(deps, change);
    expect(applied).toMatchObject({ dropped: change.drop.length, added: change.add.length });
    const after = new Map(listEntries(deps.db).map((e) => [e.sessionKey, e]));
    for (const key of change.drop) expect(after.get(key)?.status ?? null).toBeNull();
    for (const key of change.add) expect(after.get(key)?.status).toBe('maybe');
    // The dropped session's note stays.
    expect(after.get(c!.sessionKey)?.note).toBe('ask about the demo');
    undoPlan(deps);
    expect(listEntries(deps.db)).toEqual(before);
    expect(thrown(() => undoPlan(deps)).message).toMatch(/no applied plan to undo/);
  });

  it('refuses an unknown session and changes nothing', async () => {
    const deps = await catalogue();
    expect(thrown(() => applyPlan(deps, { drop: ['nope'], add: [] })).message).toMatch(/no session with key nope/);
    expect(listEntries(deps.db)).toEqual([]);
  });
});

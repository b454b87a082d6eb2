// The day solver against brute force: on small random days every subset is tried, and on a real
// morning of KubeCon EU 2026 (rooms in halls and wings) too; the solver must find a plan worth as much.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { walkMinutes } from '../../../../src/core/plan/rooms';
import { solveDay, type PlanItem } from '../../../../src/core/plan/solve-day';
import { add, compare, starWeight, fillWeight, ZERO, type PlanWeight } from '../../../../src/core/plan/weights';
import { kubeconEu2026Catalogue } from '../../../support/kubecon-catalogue';

type Walk = (from: string | null, to: string | null) => number;

/** Every subset whose sessions pairwise leave time to walk, the best one's weight. */
function bruteForce(items: PlanItem[], walk: Walk): PlanWeight {
  let best = ZERO;
  for (let mask = 0; mask < 1 << items.length; mask += 1) {
    const chosen = items.filter((_, i) => mask & (1 << i)).sort((a, b) => a.start - b.start);
    const ok = chosen.every((a, i) =>
      chosen.slice(i + 1).every((b) => a.end + walk(a.room, b.room) * 60_000 <= b.start),
    );
    if (!ok) continue;
    const weight = chosen.reduce((sum, item) => add(sum, item.weight), ZERO);
    if (compare(weight, best) > 0) best = weight;
  }
  return best;
}

function feasible(items: PlanItem[], keys: string[], walk: Walk): boolean {
  const chosen = items.filter((i) => keys.includes(i.key)).sort((a, b) => a.start - b.start);
  return chosen.every((a, i) => i === 0 || chosen[i - 1]!.end + walk(chosen[i - 1]!.room, a.room) * 60_000 <= a.start);
}

const ROOMS = ['Hall 7 | Room A', 'Hall 7 | Room B', 'Hall 8 | Room F', 'E106-108', 'E103-105', 'Auditorium', null];
const TIERS = ['pinned', 'going', 'maybe', 'fill'] as const;

const itemArb = fc.record({
  start: fc.integer({ min: 0, max: 40 }),
  length: fc.integer({ min: 1, max: 8 }),
  room: fc.constantFrom(...ROOMS),
  tier: fc.constantFrom(...TIERS),
  recorded: fc.boolean(),
  score: fc.integer({ min: 1, max: 900 }),
});

describe('solveDay', () => {
  it('finds a plan worth as much as the best of every subset, on random days', () => {
    fc.assert(
      fc.property(fc.array(itemArb, { maxLength: 11 }), fc.constantFrom(0, 5, 10), (raw, hallMinutes) => {
        // Five-minute steps: sessions end and start on the same grid as the walking time.
        const items: PlanItem[] = raw.map((r, i) => ({
          key: `s${i}`,
          start: r.start * 5 * 60_000,
          end: (r.start + r.length) * 5 * 60_000,
          room: r.room,
          weight: r.tier === 'fill' ? fillWeight(r.score / 1000) : starWeight(r.tier, r.recorded),
        }));
        const walk: Walk = (a, b) => walkMinutes(a, b, hallMinutes);
        const solved = solveDay(items, walk);
        expect(feasible(items, solved.keys, walk)).toBe(true);
        const sum = items.filter((i) => solved.keys.includes(i.key)).reduce((s, i) => add(s, i.weight), ZERO);
        expect(sum).toEqual(solved.weight);
        expect(solved.weight).toEqual(bruteForce(items, walk));
      }),
      { numRuns: 300, seed: 16 },
    );
  });

  it('plans a real morning of KubeCon EU 2026 as well as brute force, walking between halls', () => {
    const morning = kubeconEu2026Catalogue().filter(
      (s) => s.date === '2026-03-25' && s.start! >= '2026-03-25T09:00' && s.start! < '2026-03-25T12:30' && s.room,
    );
    // Sixteen talks of the morning in as many rooms as possible, stars spread over the tiers.
    const picked = morning.filter((s, i) => i % Math.max(1, Math.floor(morning.length / 16)) === 0).slice(0, 16);
    expect(picked.length).toBe(16);
    const items: PlanItem[] = picked.map((s, i) => ({
      key: s.sessionKey,
      start: Date.parse(s.start!),
      end: Date.parse(s.end!),
      room: s.room,
      weight: starWeight(TIERS[i % 3] as 'pinned' | 'going' | 'maybe', i % 4 === 0),
    }));
    const walk: Walk = (a, b) => walkMinutes(a, b, 5);
    const solved = solveDay(items, walk);
    expect(feasible(items, solved.keys, walk)).toBe(true);
    expect(solved.weight).toEqual(bruteForce(items, walk));
    expect(solved.keys.length).toBeGreaterThan(1);
    expect(solved.keys.length).toBeLessThan(16);
    // With walking time some back-to-back pairs across halls no longer fit.
    const noWalk = solveDay(items, () => 0);
    expect(compare(noWalk.weight, solved.weight)).toBeGreaterThanOrEqual(0);
  });

  it('drops the session with a recording when two of one level collide', () => {
    const at = (h: number) => Date.UTC(2026, 2, 25, h);
    const items: PlanItem[] = [
      { key: 'recorded', start: at(10), end: at(11), room: 'Hall 7 | Room A', weight: starWeight('going', true) },
      { key: 'live-only', start: at(10), end: at(11), room: 'Hall 7 | Room B', weight: starWeight('going', false) },
    ];
    expect(solveDay(items, () => 0).keys).toEqual(['live-only']);
  });
});

// The best plan for one day with no overlaps and time to walk between halls: exact, as a longest
// path over sessions in start order (a plan is a chain; each step must leave time to walk).
import { add, compare, ZERO, type PlanWeight } from './weights';

export interface PlanItem {
  key: string;
  /** Epoch milliseconds. */
  start: number;
  end: number;
  room: string | null;
  weight: PlanWeight;
}

/** Whether `b` can follow `a`: it starts once `a` has ended and the walk is done. */
export function canFollow(a: PlanItem, b: PlanItem, walk: (from: string | null, to: string | null) => number): boolean {
  return a.end + walk(a.room, b.room) * 60_000 <= b.start;
}

/**
 * The keys of a chain of items with the highest total weight (compared in order, see weights.ts).
 * O(n²) for n items: a day of a large conference (200 sessions) is 40,000 steps. Correct because a
 * chain is feasible when each step is, and walking times obey the triangle inequality (0 within a
 * hall, the same minutes between any two halls).
 */
export function solveDay(
  items: readonly PlanItem[],
  walk: (from: string | null, to: string | null) => number,
): { keys: string[]; weight: PlanWeight } {
  const order = [...items].sort((a, b) => a.start - b.start || a.end - b.end || a.key.localeCompare(b.key));
  const n = order.length;
  const best: PlanWeight[] = new Array<PlanWeight>(n);
  const next = new Int32Array(n).fill(-1);
  for (let i = n - 1; i >= 0; i -= 1) {
    let tail = ZERO;
    for (let j = i + 1; j < n; j += 1) {
      if (!canFollow(order[i]!, order[j]!, walk)) continue;
      if (compare(best[j]!, tail) > 0) {
        tail = best[j]!;
        next[i] = j;
      }
    }
    best[i] = add(order[i]!.weight, tail);
  }
  let first = -1;
  let total = ZERO;
  for (let i = 0; i < n; i += 1) {
    if (compare(best[i]!, total) > 0) {
      total = best[i]!;
      first = i;
    }
  }
  const keys: string[] = [];
  for (let i = first; i >= 0; i = next[i]!) keys.push(order[i]!.key);
  return { keys, weight: total };
}

// Conflicts among starred sessions: the groups whose members all overlap one another. A chain (A
// overlaps B, B overlaps C, A ends before C starts) is two conflicts, not one of three.
import type { Span } from './session-times';

export interface Conflict<T> {
  /** The time every member is on at once. */
  span: Span;
  items: T[];
}

/**
 * The maximal sets of items that share a moment, in time order, with two or more items. For
 * intervals these are the sets on at some item's start: sweep the starts, keep each set that no
 * later set contains.
 */
export function trueConflicts<T>(items: readonly T[], spanOf: (item: T) => Span): Conflict<T>[] {
  const sorted = [...items].sort((a, b) => spanOf(a).start - spanOf(b).start || spanOf(a).end - spanOf(b).end);
  const found: Conflict<T>[] = [];
  for (const item of sorted) {
    const at = spanOf(item).start;
    const on = sorted.filter((other) => spanOf(other).start <= at && spanOf(other).end > at);
    if (on.length < 2) continue;
    // A set that only grew from the previous one (nobody left) replaces it.
    const previous = found[found.length - 1];
    if (previous && previous.items.every((p) => on.includes(p))) found.pop();
    found.push({
      span: { start: at, end: Math.min(...on.map((o) => spanOf(o).end)) },
      items: on,
    });
  }
  return found;
}

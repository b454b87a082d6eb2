// A catalogue's facet values as numbered arrays, built once per catalogue, so that filtering (toggles
// by filters.ts's own rules) and counting facets on every keystroke is array work, not string and map work.
import { FACETS, facetValues, matchesToggles, type CatalogueFilters, type Facet } from './filters';
import type { SessionView } from '../../shared/types';

export interface FacetValue {
  value: string;
  count: number;
  selected: boolean;
}

/** Per facet, the values the filter panel lists with their counts. */
export type FacetCounts = Record<Facet, FacetValue[]>;

export interface FacetTable {
  sessions: readonly SessionView[];
  /** Per facet, its distinct values in the order the panel lists ties (alphabetical). */
  values: Record<Facet, string[]>;
  /** Where each facet's values start in the one numbering of all facets' values. */
  offsets: number[];
  /**
   * Session s's values for facet f (numbered across all facets) are ids[starts[s × F + f]] up to
   * ids[starts[s × F + f + 1]] (F facets): one session's values for all facets lie side by side.
   */
  starts: Uint32Array;
  ids: Uint32Array;
}

const collator = new Intl.Collator('en');

export function facetTable(sessions: readonly SessionView[]): FacetTable {
  const values = {} as Record<Facet, string[]>;
  const numbers = new Map<string, number>();
  const offsets: number[] = [];
  let total = 0;
  for (const facet of FACETS) {
    const distinct = new Set<string>();
    for (const session of sessions) for (const value of facetValues(session, facet)) distinct.add(value);
    values[facet] = [...distinct].sort(collator.compare);
    offsets.push(total);
    values[facet].forEach((value, i) => numbers.set(`${facet}\u0000${value}`, total + i));
    total += values[facet].length;
  }
  const starts = new Uint32Array(sessions.length * FACETS.length + 1);
  const ids: number[] = [];
  sessions.forEach((session, s) => {
    FACETS.forEach((facet, f) => {
      for (const value of facetValues(session, facet)) ids.push(numbers.get(`${facet}\u0000${value}`)!);
      starts[s * FACETS.length + f + 1] = ids.length;
    });
  });
  return {
    sessions,
    values,
    offsets,
    starts,
    ids: Uint32Array.from(ids),
  };
}

export interface FilteredCounts {
  /** The given sessions (by number) that pass every filter, in the order given (the same array when no filter is on). */
  kept: ArrayLike<number>;
  facets: FacetCounts;
}

/** The facet counts of the whole catalogue under one filter state, kept for the next keystroke. */
interface FullCounts {
  key: string;
  counts: Int32Array;
}
const fullCountsCache = new WeakMap<FacetTable, FullCounts>();

/**
 * `isStarred` answers for stars changed since the sessions were loaded (see matchesToggles).
 * Filters sessions and counts facet values the way shops do: a facet's counts apply every other filter
 * but not its own, so picking a second track shows how many that adds: a session failing exactly one
 * facet counts only for that facet. Selected values stay listed even at 0.
 *
 * A session's share of the counts depends only on it and the filters, so when a query matches most of
 * the catalogue (a first letter typed) the counts are the whole catalogue's, kept from the last
 * keystroke, minus the few sessions that did not match: the work per keystroke is bounded by half
 * the catalogue, whatever the query.
 */
export function filterAndCount(
  table: FacetTable,
  sessions: ArrayLike<number>,
  filters: CatalogueFilters,
  now: Date,
  isStarred?: (session: SessionView) => boolean,
): FilteredCounts {
  const F = FACETS.length;
  const { starts, ids, offsets } = table;
  const N = table.sessions.length;
  const total = offsets[F - 1]! + table.values[FACETS[F - 1]!].length;
  // Which values (across all facets) are selected, and which facets select anything at all.
  const selected = new Uint8Array(total);
  const active = FACETS.map((facet, f) => {
    const chosen = new Set(filters.selected[facet]);
    table.values[facet].forEach((value, i) => {
      if (chosen.has(value)) selected[offsets[f]! + i] = 1;
    });
    return chosen.size > 0;
  });
  const anyActive = active.some(Boolean);
  const anyToggle = filters.starredOnly || filters.hidePast || filters.unscheduledOnly;
  const filtering = anyActive || anyToggle;

  const PASSES = -1;
  const FAILS = -2;
  /** PASSES, FAILS (a toggle or two facets), or the one facet session s fails. */
  const verdict = (s: number): number => {
    if (anyToggle && !matchesToggles(table.sessions[s]!, filters, now, isStarred)) return FAILS;
    const base = s * F;
    let failed = PASSES;
    for (let f = 0; anyActive && f < F; f += 1) {
      if (!active[f]) continue;
      let passes = false;
      for (let v = starts[base + f]!; v < starts[base + f + 1]! && !passes; v += 1) passes = selected[ids[v]!] === 1;
      if (passes) continue;
      if (failed !== PASSES) return FAILS;
      failed = f;
    }
    return failed;
  };
  /** Adds (sign 1) or takes away (sign -1) session s's share of the counts. */
  const tally = (s: number, counts: Int32Array, sign: number): void => {
    // No filter on (most keystrokes): every value of the session counts.
    const failed = filtering ? verdict(s) : PASSES;
    if (failed === FAILS) return;
    const base = s * F;
    const from = failed === PASSES ? base : base + failed;
    const to = failed === PASSES ? base + F : base + failed + 1;
    for (let v = starts[from]!, end = starts[to]!; v < end; v += 1) counts[ids[v]!]! += sign;
  };

  // The counts are summed in catalogue order, not ranked order: walking the table front to back
  // keeps it in the cache, where ranked order jumps all over it (several times slower at 100k).
  const matched = new Uint8Array(N);
  for (let i = 0; i < sessions.length; i += 1) matched[sessions[i]!] = 1;
  let counts: Int32Array;
  if (sessions.length * 2 > N) {
    counts = Int32Array.from(fullCounts(table, filters, now, isStarred, tally, total));
    for (let s = 0; s < N; s += 1) if (matched[s] === 0) tally(s, counts, -1);
  } else {
    counts = new Int32Array(total);
    for (let s = 0; s < N; s += 1) if (matched[s] === 1) tally(s, counts, 1);
  }
  let kept: ArrayLike<number> = sessions;
  if (filtering) {
    // Judged in catalogue order too (2: passes), then kept in the order given.
    for (let s = 0; s < N; s += 1) if (matched[s] === 1 && verdict(s) === PASSES) matched[s] = 2;
    const passing: number[] = [];
    for (let i = 0; i < sessions.length; i += 1) if (matched[sessions[i]!] === 2) passing.push(sessions[i]!);
    kept = passing;
  }
  const facets = {} as FacetCounts;
  FACETS.forEach((facet, f) => {
    const values = table.values[facet];
    const listed: (FacetValue & { rank: number })[] = [];
    values.forEach((value, i) => {
      const count = counts[offsets[f]! + i]!;
      const isSelected = selected[offsets[f]! + i] === 1;
      if (count > 0 || isSelected) listed.push({ value, count, selected: isSelected, rank: i });
    });
    // A selected value no session has (a room gone since the last import) still shows, at 0.
    for (const value of filters.selected[facet]) {
      if (!values.includes(value))
        listed.push({ value, count: 0, selected: true, rank: values.length + listed.length });
    }
    listed.sort(facet === 'day' ? (a, b) => a.rank - b.rank : (a, b) => b.count - a.count || a.rank - b.rank);
    facets[facet] = listed.map(({ value, count, selected: isSelected }) => ({ value, count, selected: isSelected }));
  });
  return { kept, facets };
}

/**
 * The whole catalogue's counts under these filters, from the cache when the filters (and, for
 * "hide past", the time) are the same as last time. Stars changed since loading are asked of
 * `isStarred` each time, so "starred only" with it is never cached.
 */
function fullCounts(
  table: FacetTable,
  filters: CatalogueFilters,
  now: Date,
  isStarred: ((session: SessionView) => boolean) | undefined,
  tally: (s: number, counts: Int32Array, sign: number) => void,
  total: number,
): Int32Array {
  const cacheable = !(filters.starredOnly && isStarred);
  const key = `${JSON.stringify(filters)}|${filters.hidePast ? now.getTime() : ''}`;
  const cached = fullCountsCache.get(table);
  if (cacheable && cached?.key === key) return cached.counts;
  const counts = new Int32Array(total);
  for (let s = 0; s < table.sessions.length; s += 1) tally(s, counts, 1);
  if (cacheable) fullCountsCache.set(table, { key, counts });
  return counts;
}

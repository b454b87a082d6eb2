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
  /** The given sessions (by number) that pass every filter, in the order given. */
  kept: number[];
  facets: FacetCounts;
}

/**
 * `isStarred` answers for stars changed since the sessions were loaded (see matchesToggles).
 * Filters sessions and counts facet values the way shops do: a facet's counts apply every other filter
 * but not its own, so picking a second track shows how many that adds. One pass: a session failing
 * exactly one facet counts only for that facet. Selected values stay listed even at 0.
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
  const counts = new Int32Array(total);
  const kept: number[] = [];
  for (let i = 0; i < sessions.length; i += 1) {
    const s = sessions[i]!;
    if (!matchesToggles(table.sessions[s]!, filters, now, isStarred)) continue;
    const base = s * F;
    let failed = -1;
    let failures = 0;
    for (let f = 0; anyActive && f < F && failures < 2; f += 1) {
      if (!active[f]) continue;
      let passes = false;
      for (let v = starts[base + f]!; v < starts[base + f + 1]! && !passes; v += 1) passes = selected[ids[v]!] === 1;
      if (!passes) {
        failures += 1;
        failed = f;
      }
    }
    if (failures === 0) {
      kept.push(s);
      for (let v = starts[base]!; v < starts[base + F]!; v += 1) counts[ids[v]!]! += 1;
    } else if (failures === 1) {
      for (let v = starts[base + failed]!; v < starts[base + failed + 1]!; v += 1) counts[ids[v]!]! += 1;
    }
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

// Property: the numbered facet table filters and counts exactly as the per-session filter rules say,
// for random selections over the real catalogue.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { facetTable, filterAndCount } from '../../../../src/core/search/facet-table';
import {
  emptyFilters,
  FACETS,
  facetValues,
  matchesToggles,
  type CatalogueFilters,
  type Facet,
} from '../../../../src/core/search/filters';
import type { SessionView } from '../../../../src/shared/types';
import { vocabulary } from '../../../bench/generate-catalogue';

const NOW = new Date('2026-03-24T12:00:00Z');

/** The facet rule spelled out for one session: any selected value, or no selection at all. */
function matchesFacet(session: SessionView, facet: Facet, selected: string[]): boolean {
  return selected.length === 0 || facetValues(session, facet).some((value) => selected.includes(value));
}

function matchesFilters(session: SessionView, filters: CatalogueFilters): boolean {
  return (
    matchesToggles(session, filters, NOW) &&
    FACETS.every((facet) => matchesFacet(session, facet, filters.selected[facet]))
  );
}

/** Facet counts the slow, obvious way: per facet, the sessions passing every other filter. */
function naiveCounts(sessions: readonly SessionView[], filters: CatalogueFilters) {
  return Object.fromEntries(
    FACETS.map((facet) => {
      const counts = new Map<string, number>();
      for (const s of sessions) {
        if (!matchesToggles(s, filters, NOW)) continue;
        if (!FACETS.every((other) => other === facet || matchesFacet(s, other, filters.selected[other]))) continue;
        for (const value of facetValues(s, facet)) counts.set(value, (counts.get(value) ?? 0) + 1);
      }
      return [facet, counts];
    }),
  );
}

describe('facet table', () => {
  const sessions = vocabulary().sessions.map((s, i) => ({ ...s, agenda: i % 7 === 0 ? ('going' as const) : null }));
  const table = facetTable(sessions);
  const all = Uint32Array.from(sessions.keys());
  const valuesOf = Object.fromEntries(
    FACETS.map((facet) => [facet, [...new Set(sessions.flatMap((s) => facetValues(s, facet)))]]),
  );
  const filters = fc
    .record({
      picks: fc.record(
        Object.fromEntries(
          FACETS.map((facet) => [
            facet,
            fc.subarray(valuesOf[facet]!, { maxLength: Math.min(3, valuesOf[facet]!.length) }),
          ]),
        ),
      ),
      starredOnly: fc.boolean(),
      hidePast: fc.boolean(),
      unscheduledOnly: fc.boolean(),
    })
    .map(({ picks, ...toggles }): CatalogueFilters => ({
      ...emptyFilters(),
      ...toggles,
      selected: { ...emptyFilters().selected, ...picks },
    }));

  it('keeps the sessions the filter rules keep, and counts what a second pick would add', () => {
    fc.assert(
      fc.property(filters, (f) => {
        const { kept, facets } = filterAndCount(table, all, f, NOW);
        expect(Array.from(kept, (n) => sessions[n]!.sessionKey)).toEqual(
          sessions.filter((s) => matchesFilters(s, f)).map((s) => s.sessionKey),
        );
        const naive = naiveCounts(sessions, f);
        for (const facet of FACETS) {
          const listed = new Map(facets[facet].map((v) => [v.value, v.count]));
          for (const [value, count] of naive[facet]!) expect(listed.get(value), `${facet} ${value}`).toBe(count);
          for (const v of facets[facet]) if (!v.selected) expect(naive[facet]!.get(v.value)).toBe(v.count);
          for (const value of f.selected[facet])
            expect(facets[facet].find((v) => v.value === value)?.selected).toBe(true);
        }
      }),
      { numRuns: 200, seed: 11 },
    );
  });

  it('counts a query’s hits alike whether it matches a few sessions or most of them', () => {
    // Past half the catalogue the counts are the whole catalogue's minus the sessions not matched.
    const subsets = fc
      .float({ min: 0, max: 1, noNaN: true })
      .chain((share) => fc.subarray([...all], { minLength: Math.floor(share * all.length) }));
    fc.assert(
      fc.property(filters, subsets, (f, hits) => {
        const { kept, facets } = filterAndCount(table, hits, f, NOW);
        const matched = hits.map((n) => sessions[n]!);
        expect(Array.from(kept, (n) => sessions[n]!.sessionKey)).toEqual(
          matched.filter((s) => matchesFilters(s, f)).map((s) => s.sessionKey),
        );
        const naive = naiveCounts(matched, f);
        for (const facet of FACETS) {
          for (const v of facets[facet]) expect(v.count, `${facet} ${v.value}`).toBe(naive[facet]!.get(v.value) ?? 0);
          for (const [value, count] of naive[facet]!)
            expect(facets[facet].find((v) => v.value === value)?.count).toBe(count);
        }
      }),
      { numRuns: 100, seed: 12 },
    );
  });

  it('filters a query’s hits in their ranked order', () => {
    const hits = Uint32Array.from([5, 3, 9, 1]);
    expect(Array.from(filterAndCount(table, hits, emptyFilters(), NOW).kept)).toEqual([5, 3, 9, 1]);
  });
});

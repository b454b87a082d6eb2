// Facet counts for the catalogue's filter panel, computed over the sessions the query found.
import { FACETS, facetValues, matchesFacet, matchesToggles, type CatalogueFilters, type Facet } from './filters';
import type { SessionView } from '../../shared/types';

export interface FacetValue {
  value: string;
  count: number;
  selected: boolean;
}

export type FacetCounts = Record<Facet, FacetValue[]>;

/**
 * Counts per facet value, the way shops do it: a facet's counts apply every other filter but not its
 * own, so picking a second track shows how many that adds. Selected values stay listed even at 0.
 * One pass over the sessions: a session failing exactly one facet only counts for that facet.
 */
export function countFacets(sessions: Iterable<SessionView>, filters: CatalogueFilters, now: Date): FacetCounts {
  const counts = new Map<Facet, Map<string, number>>(FACETS.map((facet) => [facet, new Map()]));
  const add = (session: SessionView, facet: Facet) => {
    const map = counts.get(facet)!;
    for (const value of facetValues(session, facet)) map.set(value, (map.get(value) ?? 0) + 1);
  };
  for (const session of sessions) {
    if (!matchesToggles(session, filters, now)) continue;
    let failed: Facet | null = null;
    let failures = 0;
    for (const facet of FACETS) {
      if (!matchesFacet(session, facet, filters.selected[facet])) {
        failures += 1;
        failed = facet;
        if (failures > 1) break;
      }
    }
    if (failures === 0) for (const facet of FACETS) add(session, facet);
    else if (failures === 1) add(session, failed!);
  }
  const result = {} as FacetCounts;
  for (const facet of FACETS) {
    const map = counts.get(facet)!;
    for (const value of filters.selected[facet]) if (!map.has(value)) map.set(value, 0);
    result[facet] = [...map.entries()]
      .map(([value, count]) => ({ value, count, selected: filters.selected[facet].includes(value) }))
      .sort((a, b) => (facet === 'day' ? a.value.localeCompare(b.value) : b.count - a.count || a.value.localeCompare(b.value)));
  }
  return result;
}

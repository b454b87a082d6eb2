// Facet counts for the catalogue's filter panel: the types, and counting over any list of sessions.
import { facetTable, filterAndCount } from './facet-table';
import type { CatalogueFilters, Facet } from './filters';
import type { SessionView } from '../../shared/types';

export interface FacetValue {
  value: string;
  count: number;
  selected: boolean;
}

export type FacetCounts = Record<Facet, FacetValue[]>;

/** Counts for `sessions` (see filterAndCount); the catalogue keeps a FacetTable instead of rebuilding one. */
export function countFacets(sessions: readonly SessionView[], filters: CatalogueFilters, now: Date): FacetCounts {
  const table = facetTable(sessions);
  return filterAndCount(table, Uint32Array.from(sessions.keys()), filters, now).facets;
}

// One catalogue query: full-text search, then filters, plus facet counts; shared by the app and the CLI.
import { filterAndCount, type FacetCounts } from './facet-table';
import type { CatalogueFilters } from './filters';
import { runQuery, type CatalogueIndex } from './search-index';
import type { SessionView } from '../../shared/types';

export interface CatalogueHit {
  session: SessionView;
  /** Folded words that matched, for highlighting. */
  terms: string[];
}

export interface CatalogueResult {
  /** Ranked by relevance when the query has words, else in day-and-time order. */
  hits: CatalogueHit[];
  /** True when `hits` are in relevance order. */
  ranked: boolean;
  facets: FacetCounts;
}

/** Session numbers 0…n-1 per catalogue size: an empty query's answer, made once. */
const everyone = new Map<number, Uint32Array>();

function allSessions(count: number): Uint32Array {
  let all = everyone.get(count);
  if (!all) {
    all = Uint32Array.from({ length: count }, (_, i) => i);
    everyone.clear();
    everyone.set(count, all);
  }
  return all;
}

/** `isStarred` overrides the sessions' own agenda status, for stars changed since they were loaded. */
export function searchCatalogue(
  index: CatalogueIndex,
  query: string,
  filters: CatalogueFilters,
  now: Date,
  isStarred?: (session: SessionView) => boolean,
): CatalogueResult {
  const found = runQuery(index, query);
  const terms = found?.terms ?? [];
  const { kept, facets } = filterAndCount(
    index.facets,
    found?.sessions ?? allSessions(index.sessions.length),
    filters,
    now,
    isStarred,
  );
  return {
    hits: kept.map((n) => ({ session: index.sessions[n]!, terms })),
    ranked: found?.ranked ?? false,
    facets,
  };
}

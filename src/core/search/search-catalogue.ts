// One catalogue query: full-text search, then filters, plus facet counts; shared by the app and the CLI.
import { countFacets, type FacetCounts } from './facets';
import { matchesFilters, type CatalogueFilters } from './filters';
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

export function searchCatalogue(
  index: CatalogueIndex,
  sessions: ReadonlyMap<string, SessionView>,
  query: string,
  filters: CatalogueFilters,
  now: Date,
): CatalogueResult {
  const ranked = runQuery(index, query);
  const found: CatalogueHit[] = [];
  if (ranked === null) {
    for (const id of index.order) {
      const session = sessions.get(id);
      if (session) found.push({ session, terms: [] });
    }
  } else {
    for (const hit of ranked) {
      const session = sessions.get(hit.id);
      if (session) found.push({ session, terms: hit.terms });
    }
  }
  return {
    hits: found.filter((hit) => matchesFilters(hit.session, filters, now)),
    ranked: ranked !== null && ranked.some((hit) => hit.score > 0),
    facets: countFacets(
      found.map((hit) => hit.session),
      filters,
      now,
    ),
  };
}

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
  /**
   * The sessions found, as numbers into `sessions`: ranked by relevance when the query has words, else
   * in day-and-time order. Numbers, not objects: a first letter can match 100,000 sessions, and only
   * the ones on screen need more (see hitAt, resultHits).
   */
  found: ArrayLike<number>;
  /** The index's sessions (CatalogueIndex.sessions). */
  sessions: readonly SessionView[];
  /** Folded words that matched, for highlighting: the same for every hit. */
  terms: string[];
  /** True when `found` is in relevance order. */
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

/**
 * `isStarred` overrides the sessions' own agenda status, for stars changed since they were loaded.
 * `within` (session key → rank, For you) keeps only those sessions, in rank order, before the filters
 * and facet counts, so the counts describe what the list shows.
 */
export function searchCatalogue(
  index: CatalogueIndex,
  query: string,
  filters: CatalogueFilters,
  now: Date,
  isStarred?: (session: SessionView) => boolean,
  within?: ReadonlyMap<string, number>,
): CatalogueResult {
  const found = runQuery(index, query);
  let candidates: ArrayLike<number> = found?.sessions ?? allSessions(index.sessions.length);
  if (within) candidates = rankedWithin(index.sessions, candidates, within);
  const { kept, facets } = filterAndCount(index.facets, candidates, filters, now, isStarred);
  return {
    found: kept,
    sessions: index.sessions,
    terms: found?.terms ?? [],
    ranked: within !== undefined || (found?.ranked ?? false),
    facets,
  };
}

function rankedWithin(
  sessions: readonly SessionView[],
  candidates: ArrayLike<number>,
  within: ReadonlyMap<string, number>,
): number[] {
  const kept: { n: number; rank: number }[] = [];
  for (let i = 0; i < candidates.length; i += 1) {
    const n = candidates[i]!;
    const rank = within.get(sessions[n]!.sessionKey);
    if (rank !== undefined) kept.push({ n, rank });
  }
  return kept.sort((a, b) => a.rank - b.rank).map((k) => k.n);
}

/** The session found at `position`. */
export function sessionAt(result: CatalogueResult, position: number): SessionView {
  return result.sessions[result.found[position]!]!;
}

/** Every hit as an object, for a caller that shows or exports them all (the CLI, an export). */
export function resultHits(result: CatalogueResult): CatalogueHit[] {
  const hits: CatalogueHit[] = new Array(result.found.length);
  for (let i = 0; i < hits.length; i += 1) hits[i] = { session: sessionAt(result, i), terms: result.terms };
  return hits;
}

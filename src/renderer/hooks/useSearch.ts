// Full-text search over the loaded sessions with minisearch; an empty query keeps day-and-time order.
import MiniSearch from 'minisearch';
import { useMemo } from 'react';
import { indexOptions, queryOptions, toSearchDocument, type SearchDocument } from '../../core/search/documents';
import type { SessionView } from '../../shared/types';

export interface SearchHit {
  session: SessionView;
  /** Folded query terms that matched, for highlighting. */
  terms: string[];
}

export function useSearch(sessions: SessionView[], query: string): SearchHit[] {
  const index = useMemo(() => {
    const search = new MiniSearch<SearchDocument>(indexOptions);
    search.addAll(sessions.map(toSearchDocument));
    return search;
  }, [sessions]);

  return useMemo(() => {
    const trimmed = query.trim();
    if (!trimmed) return sessions.map((session) => ({ session, terms: [] }));
    const byId = new Map(sessions.map((s) => [s.id, s]));
    return index.search(trimmed, queryOptions).flatMap((result) => {
      const session = byId.get(String(result.id));
      return session ? [{ session, terms: result.terms }] : [];
    });
  }, [index, sessions, query]);
}

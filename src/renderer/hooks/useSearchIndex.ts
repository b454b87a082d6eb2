// The catalogue's search index for the sessions shown (see stores/search-index-store.ts).
import { useEffect } from 'react';
import type { CatalogueIndex } from '../../core/search/search-index';
import type { SessionView } from '../../shared/types';
import { useStore } from '../stores/use-store';
import { useStores } from '../stores/context';

/**
 * The index for `sessions`; while that is being built, the last one built (for an older load of the
 * sessions, see currentHits); null before the first is ready. While the first load has only the
 * first screen's rows there is none: an index of those would answer a query wrongly.
 */
export function useSearchIndex(sessions: SessionView[]): CatalogueIndex | null {
  const { searchIndex, catalogue } = useStores();
  const built = useStore(searchIndex, (s) => s.built);
  const partial = useStore(catalogue, (s) => s.loading);
  useEffect(() => {
    if (!partial) void searchIndex.ensure(sessions);
  }, [searchIndex, sessions, partial]);
  return built?.index ?? null;
}

// The catalogue's search index, rebuilt off the UI thread whenever the sessions change, and kept
// across visits to other screens so coming back to the catalogue is instant.
import { useEffect, useState } from 'react';
import type { CatalogueIndex } from '../../core/search/search-index';
import type { SessionView } from '../../shared/types';
import { buildIndexOffThread } from '../search/build-index';

interface Built {
  sessions: SessionView[];
  index: CatalogueIndex;
}

let lastBuilt: Built | null = null;

/**
 * The index for `sessions`; while that is being built, the last one built (for an older load of the
 * sessions, see currentHits); null before the first is ready.
 */
export function useSearchIndex(sessions: SessionView[]): CatalogueIndex | null {
  const [built, setBuilt] = useState<Built | null>(() => (lastBuilt?.sessions === sessions ? lastBuilt : null));
  useEffect(() => {
    if (lastBuilt?.sessions === sessions) return;
    let current = true;
    void buildIndexOffThread(sessions).then((index) => {
      lastBuilt = { sessions, index };
      if (current) setBuilt(lastBuilt);
    });
    return () => {
      current = false;
    };
  }, [sessions]);
  if (built?.sessions === sessions) return built.index;
  return lastBuilt?.index ?? null;
}

// The catalogue's search index, rebuilt off the UI thread whenever the sessions change.
import { useEffect, useState } from 'react';
import type { CatalogueIndex } from '../../core/search/search-index';
import type { SessionView } from '../../shared/types';
import { buildIndexOffThread } from '../search/build-index';

/** The index for `sessions`, or null while it is being built. */
export function useSearchIndex(sessions: SessionView[]): CatalogueIndex | null {
  const [built, setBuilt] = useState<{ sessions: SessionView[]; index: CatalogueIndex } | null>(null);
  useEffect(() => {
    let current = true;
    void buildIndexOffThread(sessions).then((index) => {
      if (current) setBuilt({ sessions, index });
    });
    return () => {
      current = false;
    };
  }, [sessions]);
  return built && built.sessions === sessions ? built.index : null;
}

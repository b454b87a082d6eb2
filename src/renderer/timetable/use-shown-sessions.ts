// The sessions the timetable shows: the catalogue's saved search and filters applied, as in the list.
import { useMemo } from 'react';
import type { FacetCounts } from '../../core/search/facet-table';
import { hasActiveFilters } from '../../core/search/filters';
import { searchCatalogue } from '../../core/search/search-catalogue';
import type { SessionView } from '../../shared/types';
import { initialView, parseSavedView, SAVED_VIEW_KEY, type SavedView } from '../catalogue/saved-view';
import { useStatusOf } from '../hooks/useStar';
import { usePersistentState } from '../hooks/usePersistentState';
import { useForYou } from '../hooks/usePlanning';
import { useSearchIndex } from '../hooks/useSearchIndex';

export interface ShownSessions {
  view: SavedView;
  setView: (view: SavedView) => void;
  shown: SessionView[];
  /** Null until the search index is built (then every session is shown unless a query or filter waits). */
  facets: FacetCounts | null;
  narrowed: boolean;
  indexing: boolean;
  /** For you's reasons per session key while For you is on. */
  reasons: ReadonlyMap<string, readonly string[]> | null;
}

/** The same saved view as the catalogue list (one query, one set of filters), so both show the same sessions. */
export function useShownSessions(sessions: SessionView[], now: Date): ShownSessions {
  const [view, setView] = usePersistentState<SavedView>(SAVED_VIEW_KEY, initialView(), parseSavedView);
  const { query, filters } = view;
  const latest = useSearchIndex(sessions);
  const narrowed = query.trim() !== '' || hasActiveFilters(filters) || view.forYou;
  const forYou = useForYou(view.forYou);
  // For you on but not read yet: nothing shown rather than every session.
  const forYouRank = view.forYou ? (forYou?.rank ?? null) : undefined;
  const index = latest && latest.sessions === sessions ? latest : null;
  const statusOf = useStatusOf();
  const starredNow = filters.starredOnly ? statusOf : null;
  const result = useMemo(() => {
    if (!index || forYouRank === null) return null;
    return searchCatalogue(
      index,
      query,
      filters,
      now,
      starredNow ? (s) => starredNow(s) !== null : undefined,
      forYouRank,
    );
  }, [index, query, filters, now, starredNow, forYouRank]);
  const waiting = view.forYou && !result;
  const shown = useMemo(
    () => (result ? Array.from(result.found, (n) => result.sessions[n]!) : waiting ? [] : sessions),
    [result, sessions, waiting],
  );
  return {
    view,
    setView,
    shown,
    facets: result?.facets ?? null,
    narrowed,
    indexing: narrowed && !result,
    reasons: view.forYou ? (forYou?.reasons ?? null) : null,
  };
}

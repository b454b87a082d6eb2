// The catalogue: search as you type, facets, and the virtualized session list driven by the keyboard.
import { useCallback, useMemo, useRef, useState } from 'react';
import { emptyFilters, hasActiveFilters } from '../../core/search/filters';
import { resultHits, searchCatalogue } from '../../core/search/search-catalogue';
import type { SessionView } from '../../shared/types';
import { ExportIcsButton } from '../components/ExportIcsButton';
import { catalogueRows } from '../catalogue/catalogue-rows';
import { currentHits } from '../catalogue/current-hits';
import { LIST_DENSITY_KEY, parseListDensity, type ListDensity } from '../catalogue/list-density';
import { listMove, type ListMoveAction } from '../catalogue/list-moves';
import { initialView, parseSavedView, SAVED_VIEW_KEY, type SavedView } from '../catalogue/saved-view';
import { useNow } from '../clock';
import { DensitySwitch } from '../components/DensitySwitch';
import { FilterPanel } from '../components/FilterPanel';
import { SearchBox } from '../components/SearchBox';
import { SessionList } from '../components/SessionList';
import { usePersistentState } from '../hooks/usePersistentState';
import { useForYou } from '../hooks/usePlanning';
import { useSearchIndex } from '../hooks/useSearchIndex';
import { keyTarget } from '../keyboard/key-target';
import { useKeyScope } from '../keyboard/KeyboardProvider';
import { navigate } from '../routes';
import { starOf } from '../stores/agenda-store';
import { useStore } from '../stores/use-store';
import { useStores } from '../stores/context';
import { ScreenHeading } from '../components/ScreenHeading';

interface Props {
  sessions: SessionView[];
  loading: boolean;
}

export function CatalogueScreen({ sessions, loading }: Props) {
  const { catalogue, agenda } = useStores();
  // The session last selected, so coming back from its page lands on it again.
  const rememberedSelection = useStore(catalogue, (s) => s.selection);
  const [view, setView] = usePersistentState<SavedView>(SAVED_VIEW_KEY, initialView(), parseSavedView);
  const { query, filters, showLocalTime } = view;
  const [density, setDensity] = usePersistentState<ListDensity>(LIST_DENSITY_KEY, 'comfortable', parseListDensity);
  const forYou = useForYou(view.forYou);
  const latest = useSearchIndex(sessions);
  // While a new index is built, the previous one answers a query or filters (see currentHits); with
  // neither, the plain list is already the answer, and an index of nothing answers nothing.
  const asked = query.trim() !== '' || hasActiveFilters(filters) || view.forYou;
  const index = latest && (latest.sessions === sessions || (asked && latest.sessions.length > 0)) ? latest : null;
  const now = useNow();
  const byId = useMemo(() => new Map(sessions.map((s) => [s.sessionKey, s])), [sessions]);

  // "Starred only" follows stars made since the sessions were loaded; other views ignore star changes.
  const overrides = useStore(agenda, (s) => s.overrides);
  const starredNow = filters.starredOnly ? overrides : null;

  // Runs on the keystroke itself: the index is in memory, so results land in the same frame.
  // For you on but not read yet: no answer rather than the whole catalogue.
  const forYouRank = view.forYou ? (forYou?.rank ?? null) : undefined;
  const result = useMemo(() => {
    if (!index || forYouRank === null) return null;
    return searchCatalogue(
      index,
      query,
      filters,
      now,
      starredNow ? (s) => starOf(starredNow, s) !== null : undefined,
      forYouRank,
    );
  }, [index, query, filters, now, starredNow, forYouRank]);
  const hits = useMemo(() => {
    if (!result || !index) return view.forYou ? [] : sessions.map((session) => ({ session, terms: [] }));
    const found = resultHits(result);
    return index.sessions === sessions ? found : currentHits(found, byId);
  }, [result, index, sessions, byId, view.forYou]);
  const grouped = !result?.ranked;
  // Compact rows show their own time: the day headings stay, the time-slot headings go.
  const rows = useMemo(
    () => catalogueRows(hits, grouped, { slots: density === 'comfortable' }),
    [hits, grouped, density],
  );

  const selectedId = rememberedSelection;
  const found = selectedId === null ? -1 : hits.findIndex((h) => h.session.sessionKey === selectedId);
  const selected = found >= 0 ? found : 0;
  const [focusRequest, setFocusRequest] = useState(0);
  const scrollRef = useRef<HTMLDivElement>(null);
  const searchRef = useRef<HTMLInputElement>(null);

  const select = useCallback(
    (position: number, focus: boolean) => {
      const hit = hits[Math.max(0, Math.min(hits.length - 1, position))];
      if (!hit) return;
      catalogue.select(hit.session.sessionKey);
      if (focus) setFocusRequest((n) => n + 1);
    },
    [hits, catalogue],
  );

  // Back from a session page: the list brings the session it showed into view.
  const [restoreSelection] = useState(() => rememberedSelection !== null);

  const focusSearch = () => {
    searchRef.current?.focus();
    searchRef.current?.select();
  };
  const move = (action: ListMoveAction) => (event: KeyboardEvent) => {
    const next = listMove(action, selected, hits.length, keyTarget(event.target) === 'search');
    if (!next) return false;
    if ('focusSearch' in next) searchRef.current?.focus();
    else select(next.select, true);
  };
  useKeyScope('catalogue', {
    'focus-search': focusSearch,
    'clear-search': () => setView({ ...view, query: '' }),
    // In the list, Esc goes back up to the search box (on a session page it comes back here).
    'leave-list': () => searchRef.current?.focus(),
    next: move('next'),
    previous: move('previous'),
    first: move('first'),
    last: move('last'),
    open: () => {
      const current = hits[selected];
      if (!current) return false;
      catalogue.select(current.session.sessionKey);
      navigate({ screen: 'session', sessionKey: current.session.sessionKey });
    },
    star: () => {
      const current = hits[selected];
      if (!current) return false;
      void agenda.toggle(current.session).catch(() => {});
    },
  });

  const total = sessions.length;
  const narrowed = asked;
  return (
    <div className="catalogue">
      <header className="toolbar">
        <ScreenHeading className="visually-hidden">Catalogue</ScreenHeading>
        <SearchBox
          inputRef={searchRef}
          value={query}
          onChange={(next) => setView({ ...view, query: next })}
          resultCount={hits.length}
          totalCount={narrowed ? total : null}
          indexing={!result && narrowed}
        />
        <ExportIcsButton
          scope={{ kind: 'sessions', sessionKeys: hits.map((hit) => hit.session.sessionKey) }}
          label="Export list as"
          chooseFormat
          disabled={hits.length === 0}
        />
        <DensitySwitch value={density} onChange={setDensity} />
        <p className="hint" aria-hidden="true">
          <kbd>/</kbd> search · <kbd>↑</kbd>
          <kbd>↓</kbd> or <kbd>j</kbd>
          <kbd>k</kbd> move · <kbd>Enter</kbd> open · <kbd>s</kbd> star · <kbd>Esc</kbd> back · <kbd>?</kbd> all keys
        </p>
      </header>
      <div className="catalogue-body">
        {loading && sessions.length === 0 ? (
          <div className="catalogue-list empty">Loading sessions…</div>
        ) : (
          <SessionList
            // A new density remounts the list: row sizes measured in the other one do not carry over.
            key={density}
            rows={rows}
            grouped={grouped}
            selected={selected}
            onSelect={(position) => select(position, false)}
            focusRequest={focusRequest}
            restoreSelection={restoreSelection}
            showLocalTime={showLocalTime}
            density={density}
            scrollRef={scrollRef}
            reasons={view.forYou ? (forYou?.reasons ?? null) : null}
          />
        )}
        {result && (
          <FilterPanel
            facets={result.facets}
            filters={filters}
            onChange={(next) => setView({ ...view, filters: next })}
            showLocalTime={showLocalTime}
            onShowLocalTime={(show) => setView({ ...view, showLocalTime: show })}
            forYou={view.forYou}
            onForYou={(on) => setView({ ...view, forYou: on })}
            onClearAll={() => setView({ ...view, filters: emptyFilters(), forYou: false })}
          />
        )}
      </div>
    </div>
  );
}

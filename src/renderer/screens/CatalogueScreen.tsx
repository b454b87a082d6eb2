// The catalogue: search as you type, facets, and the virtualized session list driven by the keyboard.
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { hasActiveFilters } from '../../core/search/filters';
import { resultHits, searchCatalogue } from '../../core/search/search-catalogue';
import type { SessionView } from '../../shared/types';
import { ExportIcsButton } from '../components/ExportIcsButton';
import { catalogueRows } from '../catalogue/catalogue-rows';
import { currentHits } from '../catalogue/current-hits';
import { listKeyAction } from '../catalogue/keys';
import { initialView, parseSavedView, SAVED_VIEW_KEY, type SavedView } from '../catalogue/saved-view';
import { useNow } from '../clock';
import { FilterPanel } from '../components/FilterPanel';
import { SearchBox } from '../components/SearchBox';
import { SessionList } from '../components/SessionList';
import type { ToggleStar } from '../components/StarButton';
import { usePersistentState } from '../hooks/usePersistentState';
import { useAgenda } from '../hooks/useAgenda';
import { useSearchIndex } from '../hooks/useSearchIndex';
import { navigate } from '../routes';

interface Props {
  sessions: SessionView[];
  loading: boolean;
  /** Given by the agenda: stars and unstars a session (the row's star and the `s` key). */
  onToggleStar?: ToggleStar | undefined;
}

/** The session last selected, so coming back from its page lands on it again. */
let rememberedSelection: string | null = null;

export function CatalogueScreen({ sessions, loading, onToggleStar }: Props) {
  const [view, setView] = usePersistentState<SavedView>(SAVED_VIEW_KEY, initialView(), parseSavedView);
  const { query, filters, showLocalTime } = view;
  const latest = useSearchIndex(sessions);
  // While a new index is built, the previous one answers a query or filters (see currentHits); with
  // neither, the plain list is already the answer, and an index of nothing answers nothing.
  const asked = query.trim() !== '' || hasActiveFilters(filters);
  const index = latest && (latest.sessions === sessions || (asked && latest.sessions.length > 0)) ? latest : null;
  const now = useNow();
  const byId = useMemo(() => new Map(sessions.map((s) => [s.sessionKey, s])), [sessions]);

  // "Starred only" follows stars made since the sessions were loaded; other views ignore star changes.
  const { statusOf } = useAgenda();
  const starredNow = filters.starredOnly ? statusOf : null;

  // Runs on the keystroke itself: the index is in memory, so results land in the same frame.
  const result = useMemo(() => {
    if (!index) return null;
    return searchCatalogue(index, query, filters, now, starredNow ? (s) => starredNow(s) !== null : undefined);
  }, [index, query, filters, now, starredNow]);
  const hits = useMemo(() => {
    if (!result || !index) return sessions.map((session) => ({ session, terms: [] }));
    const found = resultHits(result);
    return index.sessions === sessions ? found : currentHits(found, byId);
  }, [result, index, sessions, byId]);
  const grouped = !result?.ranked;
  const rows = useMemo(() => catalogueRows(hits, grouped), [hits, grouped]);

  const [selectedId, setSelectedId] = useState<string | null>(rememberedSelection);
  const found = selectedId === null ? -1 : hits.findIndex((h) => h.session.sessionKey === selectedId);
  const selected = found >= 0 ? found : 0;
  const [focusRequest, setFocusRequest] = useState(0);
  const scrollRef = useRef<HTMLDivElement>(null);
  const searchRef = useRef<HTMLInputElement>(null);

  const select = useCallback(
    (position: number, focus: boolean) => {
      const hit = hits[Math.max(0, Math.min(hits.length - 1, position))];
      if (!hit) return;
      rememberedSelection = hit.session.sessionKey;
      setSelectedId(hit.session.sessionKey);
      if (focus) setFocusRequest((n) => n + 1);
    },
    [hits],
  );

  // Back from a session page: the list brings the session it showed into view.
  const [restoreSelection] = useState(() => rememberedSelection !== null);

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      const inSearchBox = event.target === searchRef.current;
      if (event.key === 'Escape' && scrollRef.current?.contains(event.target as Node)) {
        // In the list, Esc goes back up to the search box (on a session page it goes back here).
        event.preventDefault();
        searchRef.current?.focus();
        return;
      }
      const action = listKeyAction(event, inSearchBox);
      if (!action) return;
      const onControl = event.target instanceof HTMLAnchorElement || event.target instanceof HTMLButtonElement;
      if (action === 'open' && onControl) return;
      if (action === 'star' && onControl) {
        // A focused link or button stars the row it sits in, not the selected one.
        const id = (event.target as Element).closest('[data-session-key]')?.getAttribute('data-session-key');
        const session = id ? byId.get(id) : undefined;
        if (session && onToggleStar) {
          event.preventDefault();
          onToggleStar(session);
        }
        return;
      }
      const inList = scrollRef.current?.contains(event.target as Node) ?? false;
      if (!inList && !inSearchBox && event.target !== document.body) return;
      event.preventDefault();
      const current = hits[selected];
      switch (action) {
        case 'next':
          select(inSearchBox ? selected : selected + 1, true);
          break;
        case 'previous':
          if (selected === 0 && !inSearchBox) searchRef.current?.focus();
          else select(selected - 1, true);
          break;
        case 'first':
          select(0, true);
          break;
        case 'last':
          select(hits.length - 1, true);
          break;
        case 'open':
          if (current) {
            rememberedSelection = current.session.sessionKey;
            navigate({ screen: 'session', sessionKey: current.session.sessionKey });
          }
          break;
        case 'star':
          if (current && onToggleStar) onToggleStar(current.session);
          break;
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [hits, selected, select, onToggleStar, byId]);

  const total = sessions.length;
  const narrowed = query.trim() !== '' || hasActiveFilters(filters);
  return (
    // This screen handles `s` itself (for its selected row); the app-wide shortcut stays out.
    <div className="catalogue" data-star-keys="screen">
      <header className="toolbar">
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
        <p className="hint" aria-hidden="true">
          <kbd>/</kbd> search · <kbd>↑</kbd>
          <kbd>↓</kbd> or <kbd>j</kbd>
          <kbd>k</kbd> move · <kbd>Enter</kbd> open{onToggleStar ? ' · ' : ''}
          {onToggleStar && <kbd>s</kbd>}
          {onToggleStar ? ' star' : ''} · <kbd>Esc</kbd> back
        </p>
      </header>
      <div className="catalogue-body">
        {loading && sessions.length === 0 ? (
          <div className="catalogue-list empty">Loading sessions…</div>
        ) : (
          <SessionList
            rows={rows}
            grouped={grouped}
            selected={selected}
            onSelect={(position) => select(position, false)}
            focusRequest={focusRequest}
            restoreSelection={restoreSelection}
            showLocalTime={showLocalTime}
            scrollRef={scrollRef}
          />
        )}
        {result && (
          <FilterPanel
            facets={result.facets}
            filters={filters}
            onChange={(next) => setView({ ...view, filters: next })}
            showLocalTime={showLocalTime}
            onShowLocalTime={(show) => setView({ ...view, showLocalTime: show })}
          />
        )}
      </div>
    </div>
  );
}

// The timetable: a rooms × time grid per day, with day tabs, "Now", the catalogue's search and filters.
import { useMemo, useRef, useState } from 'react';
import type { SessionView } from '../../shared/types';
import { emptyFilters } from '../../core/search/filters';
import { useNow } from '../clock';
import { FilterPanel } from '../components/FilterPanel';
import { SearchBox } from '../components/SearchBox';
import { dayHeading } from '../format';
import { ForYouReasons } from '../hooks/usePlanning';
import { useStatusOf } from '../hooks/useStar';
import { useKeyScope } from '../keyboard/KeyboardProvider';
import { navigate } from '../routes';
import { useStores } from '../stores/context';
import { buildDayGrid, roomOrder, timetableDays } from './day-grid';
import { DayTabs, tabId } from './DayTabs';
import { nowDay } from './now';
import { TimetableGrid, type GridCommand } from './TimetableGrid';
import { useShownSessions } from './use-shown-sessions';
import './timetable.css';

interface Props {
  sessions: SessionView[];
  loading: boolean;
  onToggleStar?: ((session: SessionView) => void) | undefined;
}

const PANEL_ID = 'timetable-grid';

export function TimetableScreen({ sessions, loading, onToggleStar }: Props) {
  // The day and session last looked at (the store outlives this screen while a session page shows).
  const { timetable } = useStores();
  const [remembered] = useState(() => timetable.state); // read once, on mount
  const now = useNow();
  // "Now" reads the clock when pressed, not at the last minute tick.
  const [pressedAt, setPressedAt] = useState(0);
  const nowMs = Math.max(now.getTime(), pressedAt);
  const { view, setView, shown, facets, narrowed, indexing, reasons } = useShownSessions(sessions, now);
  const statusOf = useStatusOf();
  const rooms = useMemo(() => roomOrder(sessions), [sessions]);
  const days = useMemo(() => timetableDays(shown), [shown]);
  const zone = useMemo(() => shown.find((s) => s.start)?.timeZone ?? 'UTC', [shown]);
  const untimed = useMemo(() => shown.filter((s) => !s.start).length, [shown]);

  const [chosenDay, setChosenDay] = useState<string | null>(remembered.day);
  const day =
    chosenDay !== null && days.some((d) => d.date === chosenDay)
      ? chosenDay
      : (nowDay(
          days.map((d) => d.date),
          nowMs,
          zone,
        )?.date ?? null);
  const grid = useMemo(() => (day === null ? null : buildDayGrid(shown, day, rooms)), [shown, day, rooms]);

  const [selectedKey, setSelectedKey] = useState<string | null>(remembered.sessionKey);
  const [command, setCommand] = useState<GridCommand>({ kind: remembered.sessionKey ? 'focus' : 'top', serial: 0 });
  const [notice, setNotice] = useState<string | null>(null);
  const [filtersOpen, setFiltersOpen] = useState(false);
  const searchRef = useRef<HTMLInputElement>(null);
  // The search box's keys (/, Ctrl/Cmd+F, Esc) from the app's table; the grid registers its moves.
  useKeyScope('timetable', {
    'focus-search': () => {
      searchRef.current?.focus();
      searchRef.current?.select();
    },
    'clear-search': () => setView({ ...view, query: '' }),
    'leave-list': () => searchRef.current?.focus(),
  });

  const chooseDay = (date: string) => {
    timetable.chooseDay(date);
    setChosenDay(date);
    setNotice(null);
    setCommand((c) => ({ kind: 'top', serial: c.serial + 1 }));
  };
  const goToNow = () => {
    const at = Date.now();
    setPressedAt(at);
    const target = nowDay(
      days.map((d) => d.date),
      at,
      zone,
    );
    if (!target) return;
    timetable.chooseDay(target.date);
    setChosenDay(target.date);
    setNotice(target.during ? null : `The event is not on today: showing ${dayHeading(target.date)}.`);
    setCommand((c) => ({ kind: 'now', serial: c.serial + 1 }));
  };
  const select = (sessionKey: string) => {
    timetable.select(sessionKey);
    setSelectedKey(sessionKey);
  };
  const open = (session: SessionView) => {
    timetable.select(session.sessionKey);
    timetable.chooseDay(day);
    navigate({ screen: 'session', sessionKey: session.sessionKey });
  };

  const label = grid
    ? `${dayHeading(grid.date)}: ${grid.cells.length} ${grid.cells.length === 1 ? 'session' : 'sessions'} in ${
        grid.columns.length
      } ${grid.columns.length === 1 ? 'room' : 'rooms'}`
    : '';
  return (
    // `s` is the app-wide star of the focused session: a focused cell carries its session key.
    <div className="timetable">
      <header className="toolbar tt-toolbar">
        <h1 className="visually-hidden">Timetable</h1>
        <div className="tt-toolbar-row">
          <SearchBox
            inputRef={searchRef}
            value={view.query}
            onChange={(query) => setView({ ...view, query })}
            resultCount={shown.length}
            totalCount={narrowed ? sessions.length : null}
            indexing={indexing}
          />
          <button type="button" className="button" onClick={goToNow}>
            Now
          </button>
          <button
            type="button"
            className="button"
            aria-expanded={filtersOpen}
            aria-controls="timetable-filters"
            onClick={() => setFiltersOpen(!filtersOpen)}
          >
            Filters
          </button>
        </div>
        <DayTabs days={days} selected={day} onSelect={chooseDay} panelId={PANEL_ID} />
        <p className="hint" aria-hidden="true">
          <kbd>←</kbd>
          <kbd>↑</kbd>
          <kbd>↓</kbd>
          <kbd>→</kbd> move · <kbd>Enter</kbd> open{onToggleStar ? ' · ' : ''}
          {onToggleStar && <kbd>s</kbd>}
          {onToggleStar ? ' star' : ''}
          {untimed > 0
            ? ` · ${untimed} ${untimed === 1 ? 'session' : 'sessions'} without a time are in the list only`
            : ''}
        </p>
        {notice && (
          <p className="tt-notice" role="status">
            {notice}
          </p>
        )}
      </header>
      <div className={`tt-body-row${filtersOpen ? ' with-filters' : ''}`}>
        <div id={PANEL_ID} className="tt-panel" role="tabpanel" aria-labelledby={day ? tabId(day) : undefined}>
          {grid ? (
            <ForYouReasons.Provider value={reasons}>
              <TimetableGrid
                key={grid.date}
                grid={grid}
                label={label}
                labelledBy={day ? tabId(day) : ''}
                selectedKey={selectedKey}
                onSelect={select}
                onOpen={open}
                onToggleStar={onToggleStar}
                statusOf={statusOf}
                nowMs={nowMs}
                command={command}
              />
            </ForYouReasons.Provider>
          ) : (
            <div className="empty" role="status">
              {loading
                ? 'Loading sessions…'
                : view.forYou && !facets
                  ? 'Finding sessions like your stars…'
                  : view.forYou
                    ? 'No timed For you session matches. Star a few sessions you like, or clear the filters.'
                    : narrowed
                      ? 'No timed sessions match. Try fewer words or clear the filters.'
                      : 'No session has a time yet: the list shows them by day.'}
            </div>
          )}
        </div>
        {filtersOpen && facets && (
          <div id="timetable-filters" className="tt-filters">
            <FilterPanel
              facets={facets}
              filters={view.filters}
              onChange={(filters) => setView({ ...view, filters })}
              showLocalTime={view.showLocalTime}
              onShowLocalTime={(showLocalTime) => setView({ ...view, showLocalTime })}
              forYou={view.forYou}
              onForYou={(forYou) => setView({ ...view, forYou })}
              onClearAll={() => setView({ ...view, filters: emptyFilters(), forYou: false })}
            />
          </div>
        )}
      </div>
    </div>
  );
}

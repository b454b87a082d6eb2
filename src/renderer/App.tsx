// The app shell: sidebar, start-up problems, the screen the route names, importing files (dropped on
// the window, picked, or handed over by a second launch), and the app-wide keys.
import { useCallback, useEffect, useRef, useState } from 'react';
import type { SessionView } from '../shared/types';
import { api } from './api';
import { ImportDialog } from './components/ImportDialog';
import { ProblemBanner } from './components/ProblemBanner';
import { focusWasLost } from './components/ScreenHeading';
import { Sidebar } from './components/Sidebar';
import { useFileDrop } from './hooks/useFileDrop';
import { useStarredCount } from './hooks/useStar';
import { HelpOverlay } from './keyboard/HelpOverlay';
import { useKeyScope } from './keyboard/KeyboardProvider';
import { navigate, routeHref, useRoute, type Route } from './routes';
import { AgendaScreen } from './screens/AgendaScreen';
import { CatalogueScreen } from './screens/CatalogueScreen';
import { ChangesScreen } from './screens/ChangesScreen';
import { PlanScreen } from './screens/PlanScreen';
import { TeamScreen } from './screens/TeamScreen';
import { SessionScreen } from './screens/SessionScreen';
import { SourcesScreen } from './screens/SourcesScreen';
import { SpeakerScreen } from './screens/SpeakerScreen';
import { useStore } from './stores/use-store';
import { useStores } from './stores/context';
import { TimetableScreen } from './timetable/TimetableScreen';

function Screen({ route }: { route: Route }) {
  const { catalogue, agenda } = useStores();
  const { sessions, loading } = useStore(catalogue);
  const toggleStar = (session: SessionView) => void agenda.toggle(session).catch(() => {});
  switch (route.screen) {
    case 'timetable':
      return <TimetableScreen sessions={sessions} loading={loading} onToggleStar={toggleStar} />;
    case 'agenda':
      return <AgendaScreen sessions={sessions} />;
    case 'changes':
      return <ChangesScreen />;
    case 'session':
      return <SessionScreen sessionKey={route.sessionKey} sessions={sessions} />;
    case 'speaker':
      return <SpeakerScreen name={route.name} sessions={sessions} />;
    case 'sources':
      return <SourcesScreen />;
    case 'plan':
      return <PlanScreen />;
    case 'team':
      return <TeamScreen sessions={sessions} />;
    default:
      return <CatalogueScreen sessions={sessions} loading={loading} />;
  }
}

/** The session that holds the focus (a row, a card, a page, or a link or button in one). */
function focusedSessionKey(): string | null {
  return document.activeElement?.closest('[data-session-key]')?.getAttribute('data-session-key') ?? null;
}

export function App() {
  const stores = useStores();
  const { catalogue, agenda, imports } = stores;
  const { status, sessions, error, loading } = useStore(catalogue);
  const pending = useStore(imports, (s) => s.pending);
  const route = useRoute();
  const [help, setHelp] = useState(false);
  const href = routeHref(route);
  const content = useRef<HTMLElement>(null);
  // After a navigation the focus must not fall to the page body (or stay on a sidebar link): a
  // screen's ScreenHeading takes it as it appears; this catches screens with a plain h1.
  useEffect(() => {
    const frame = requestAnimationFrame(() => {
      if (document.querySelector('[aria-modal="true"]') || !focusWasLost(content.current)) return;
      const heading = content.current?.querySelector('h1');
      if (!heading) return;
      heading.tabIndex = -1;
      heading.focus({ preventScroll: true });
    });
    return () => cancelAnimationFrame(frame);
  }, [href]);

  const openFile = useCallback(
    async (file: File) => {
      // A sandboxed renderer has no file paths: the text itself crosses to main.
      const text = await file.text();
      await imports.preview({ name: file.name, text });
    },
    [imports],
  );
  const onDrop = useCallback((file: File) => void openFile(file), [openFile]);
  const dragging = useFileDrop(onDrop);
  const picker = useRef<HTMLInputElement>(null);

  // A file handed to the app from outside opens the same import preview as a dropped one.
  useEffect(
    () =>
      api.on('filesOpened', ({ files }) => {
        const first = files[0];
        if (!first) return;
        void api
          .readOpenedFile({ token: first.token })
          .then(({ name, text }) => imports.preview({ name, text }))
          .catch(() => {});
      }),
    [imports],
  );

  // The timed refresh (on start-up, then every few hours) changed a source: show what it changed.
  useEffect(
    () =>
      api.on('sourcesRefreshed', () => {
        void Promise.all([catalogue.load(), stores.changes.load(), stores.sources.load()]);
      }),
    [catalogue, stores],
  );

  useKeyScope('global', {
    help: () => setHelp(true),
    star: () => {
      const key = focusedSessionKey();
      const session = key ? (catalogue.find(key) ?? findInPlan(stores, key)) : undefined;
      if (!session) return false;
      void agenda.toggle(session).catch(() => {});
    },
  });

  const problems = [
    ...(status?.startupProblems ?? []),
    ...(error ? [{ code: 'internal' as const, message: error }] : []),
  ];
  const starredCount = useStarredCount(sessions);
  // While the first screen's rows are all that has arrived, the count is the stored one.
  const catalogueCount = loading && status ? status.sessionCount : sessions.length;
  const events = [...new Set(sessions.map((s) => s.event).filter(Boolean))];

  return (
    <div className="app">
      <Sidebar
        route={route}
        counts={{ Catalogue: catalogueCount, 'My agenda': starredCount }}
        footer={`Works offline.${events.length > 0 ? ` ${events.join(', ')}` : ''}`}
      >
        <button type="button" className="import-button" onClick={() => picker.current?.click()}>
          Import file…
        </button>
        <input
          ref={picker}
          type="file"
          hidden
          aria-label="Schedule or feed file to import"
          accept=".ics,.json,.xml,.csv,.tsv,.txt,.rss,.atom"
          onChange={(e) => {
            const file = e.target.files?.[0];
            if (file) void openFile(file);
            e.target.value = '';
          }}
        />
        <button type="button" className="shortcuts-button" onClick={() => setHelp(true)} aria-keyshortcuts="?">
          Keyboard shortcuts <kbd>?</kbd>
        </button>
      </Sidebar>
      <main className="content" ref={content}>
        <ProblemBanner problems={problems} status={status} />
        <Screen route={route} />
      </main>
      {dragging && (
        <div className="drop-overlay" aria-hidden="true">
          Drop a schedule (.ics, Sessionize, frab, Pentabarf, CSV) or a feed to import it
        </div>
      )}
      {pending && (
        <ImportDialog
          key={JSON.stringify([pending.request.name, pending.preview?.counts, pending.error])}
          pending={pending}
          onPreview={(request) => void imports.preview(request)}
          onConfirm={(skipBad, allowRemovals) =>
            void imports.confirm(skipBad, allowRemovals).then((summary) => summary && navigate({ screen: 'changes' }))
          }
          onCancel={() => imports.cancel()}
        />
      )}
      {help && <HelpOverlay onClose={() => setHelp(false)} />}
    </div>
  );
}

/** A starred session the catalogue no longer lists is still on the agenda plan. */
function findInPlan(stores: ReturnType<typeof useStores>, sessionKey: string) {
  const plan = stores.agenda.state.plan;
  if (!plan) return undefined;
  const all = [
    ...plan.unscheduled,
    ...plan.days.flatMap((d) => [...d.untimed, ...d.blocks.flatMap((b) => b.sessions)]),
  ];
  return all.find((s) => s.sessionKey === sessionKey);
}

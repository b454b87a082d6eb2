// The app shell: sidebar, start-up problems, the screen the route names, and importing files
// (dropped on the window, picked, or handed over by a second launch).
import { useCallback, useEffect, useRef, useState } from 'react';
import type { ImportSummary } from '../shared/types';
import { api } from './api';
import { ImportDialog } from './components/ImportDialog';
import { ProblemBanner } from './components/ProblemBanner';
import { Sidebar } from './components/Sidebar';
import { useStarredCount, useToggleStar } from './hooks/useAgenda';
import { useCatalogue, type Catalogue } from './hooks/useCatalogue';
import { useFileDrop } from './hooks/useFileDrop';
import { useImport } from './hooks/useImport';
import { useStarShortcut } from './hooks/useStarShortcut';
import { navigate, useRoute, type Route } from './routes';
import { AgendaScreen } from './screens/AgendaScreen';
import { CatalogueScreen } from './screens/CatalogueScreen';
import { ChangesScreen } from './screens/ChangesScreen';
import { FeedsScreen } from './screens/FeedsScreen';
import { SessionScreen } from './screens/SessionScreen';
import { SpeakerScreen } from './screens/SpeakerScreen';
import { TimetableScreen } from './timetable/TimetableScreen';

function Screen({ route, catalogue, imports }: { route: Route; catalogue: Catalogue; imports: number }) {
  const toggleStar = useToggleStar();
  switch (route.screen) {
    case 'timetable':
      return <TimetableScreen sessions={catalogue.sessions} loading={catalogue.loading} onToggleStar={toggleStar} />;
    case 'agenda':
      return <AgendaScreen sessions={catalogue.sessions} onAgendaImported={catalogue.reload} />;
    case 'changes':
      return <ChangesScreen generation={imports} />;
    case 'session':
      return <SessionScreen sessionKey={route.sessionKey} sessions={catalogue.sessions} />;
    case 'speaker':
      return <SpeakerScreen name={route.name} sessions={catalogue.sessions} />;
    case 'feeds':
      return <FeedsScreen onCatalogueChanged={catalogue.reload} />;
    default:
      return <CatalogueScreen sessions={catalogue.sessions} loading={catalogue.loading} onToggleStar={toggleStar} />;
  }
}

export function App() {
  const catalogue = useCatalogue();
  const route = useRoute();
  const [imports, setImports] = useState(0);
  const { reload } = catalogue;
  const onImported = useCallback(
    (_summary: ImportSummary) => {
      reload();
      setImports((n) => n + 1);
      navigate({ screen: 'changes' });
    },
    [reload],
  );
  const importFlow = useImport(onImported);
  const { openFile, preview } = importFlow;
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
          .then(({ name, text }) => preview({ name, text }))
          .catch(() => {});
      }),
    [preview],
  );

  const problems = [
    ...(catalogue.status?.startupProblems ?? []),
    ...(catalogue.error ? [{ code: 'internal' as const, message: catalogue.error }] : []),
  ];
  const starredCount = useStarredCount(catalogue.sessions);
  useStarShortcut();
  const events = [...new Set(catalogue.sessions.map((s) => s.event).filter(Boolean))];

  return (
    <div className="app">
      <Sidebar
        route={route}
        counts={{ Catalogue: catalogue.sessions.length, 'My agenda': starredCount }}
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
      </Sidebar>
      <main className="content">
        <ProblemBanner problems={problems} status={catalogue.status} onRecovered={catalogue.reload} />
        <Screen route={route} catalogue={catalogue} imports={imports} />
      </main>
      {dragging && (
        <div className="drop-overlay" aria-hidden="true">
          Drop a schedule (.ics, Sessionize, frab, Pentabarf, CSV) or a feed to import it
        </div>
      )}
      {importFlow.pending && (
        <ImportDialog
          key={JSON.stringify([
            importFlow.pending.request.name,
            importFlow.pending.preview?.counts,
            importFlow.pending.error,
          ])}
          pending={importFlow.pending}
          onPreview={(request) => void importFlow.preview(request)}
          onConfirm={(skipBad, allowRemovals) => void importFlow.confirm(skipBad, allowRemovals)}
          onCancel={importFlow.cancel}
        />
      )}
    </div>
  );
}

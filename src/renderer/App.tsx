// The app shell: sidebar, start-up problems, and the screen the route names.
import { useCallback, useRef, useState } from 'react';
import type { ImportSummary } from '../shared/types';
import { ImportDialog } from './components/ImportDialog';
import { ProblemBanner } from './components/ProblemBanner';
import { Sidebar } from './components/Sidebar';
import { useCatalogue } from './hooks/useCatalogue';
import { useFileDrop } from './hooks/useFileDrop';
import { useImport } from './hooks/useImport';
import { navigate, useRoute, type Route } from './routes';
import { CatalogueScreen } from './screens/CatalogueScreen';
import { ChangesScreen } from './screens/ChangesScreen';
import type { Catalogue } from './hooks/useCatalogue';

function Screen({ route, catalogue, imports }: { route: Route; catalogue: Catalogue; imports: number }) {
  switch (route.screen) {
    case 'changes':
      return <ChangesScreen generation={imports} />;
    default:
      return <CatalogueScreen sessions={catalogue.sessions} loading={catalogue.loading} />;
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
  const { openFile } = importFlow;
  const onDrop = useCallback((file: File) => void openFile(file), [openFile]);
  const dragging = useFileDrop(onDrop);
  const picker = useRef<HTMLInputElement>(null);
  const problems = [
    ...(catalogue.status?.startupProblems ?? []),
    ...(catalogue.error ? [{ code: 'internal' as const, message: catalogue.error }] : []),
  ];
  const events = [...new Set(catalogue.sessions.map((s) => s.event).filter(Boolean))];

  return (
    <div className="app">
      <Sidebar
        route={route}
        counts={{ Catalogue: catalogue.sessions.length }}
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
        <ProblemBanner problems={problems} />
        <Screen route={route} catalogue={catalogue} imports={imports} />
      </main>
      {dragging && (
        <div className="drop-overlay" aria-hidden="true">
          Drop a schedule (.ics, Sessionize, frab, Pentabarf, CSV) or a feed to import it
        </div>
      )}
      {importFlow.pending && (
        <ImportDialog
          key={JSON.stringify([importFlow.pending.request.name, importFlow.pending.preview?.counts, importFlow.pending.error])}
          pending={importFlow.pending}
          onPreview={(request) => void importFlow.preview(request)}
          onConfirm={(skipBad) => void importFlow.confirm(skipBad)}
          onCancel={importFlow.cancel}
        />
      )}
    </div>
  );
}

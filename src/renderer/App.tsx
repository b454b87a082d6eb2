// The app shell: sidebar, start-up problems, and the screen the route names.
import { ProblemBanner } from './components/ProblemBanner';
import { Sidebar } from './components/Sidebar';
import { useCatalogue } from './hooks/useCatalogue';
import { useRoute, type Route } from './routes';
import { CatalogueScreen } from './screens/CatalogueScreen';
import { FeedsScreen } from './screens/FeedsScreen';
import type { Catalogue } from './hooks/useCatalogue';

function Screen({ route, catalogue }: { route: Route; catalogue: Catalogue }) {
  switch (route.screen) {
    case 'feeds':
      return <FeedsScreen onCatalogueChanged={catalogue.reload} />;
    default:
      return <CatalogueScreen sessions={catalogue.sessions} loading={catalogue.loading} />;
  }
}

export function App() {
  const catalogue = useCatalogue();
  const route = useRoute();
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
      />
      <main className="content">
        <ProblemBanner problems={problems} />
        <Screen route={route} catalogue={catalogue} />
      </main>
    </div>
  );
}

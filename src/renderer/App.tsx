// The app shell: sidebar, start-up problems, and the screen the route names.
import { ProblemBanner } from './components/ProblemBanner';
import { Sidebar } from './components/Sidebar';
import { useStarredCount, useToggleStar } from './hooks/useAgenda';
import { useCatalogue } from './hooks/useCatalogue';
import { useStarShortcut } from './hooks/useStarShortcut';
import { useRoute, type Route } from './routes';
import { AgendaScreen } from './screens/AgendaScreen';
import { CatalogueScreen } from './screens/CatalogueScreen';
import { SessionScreen } from './screens/SessionScreen';
import { SpeakerScreen } from './screens/SpeakerScreen';
import type { Catalogue } from './hooks/useCatalogue';

function Screen({ route, catalogue }: { route: Route; catalogue: Catalogue }) {
  const toggleStar = useToggleStar();
  switch (route.screen) {
    case 'agenda':
      return <AgendaScreen sessions={catalogue.sessions} onAgendaImported={catalogue.reload} />;
    case 'session':
      return <SessionScreen id={route.id} sessions={catalogue.sessions} />;
    case 'speaker':
      return <SpeakerScreen name={route.name} sessions={catalogue.sessions} />;
    default:
      return <CatalogueScreen sessions={catalogue.sessions} loading={catalogue.loading} onToggleStar={toggleStar} />;
  }
}

export function App() {
  const catalogue = useCatalogue();
  const route = useRoute();
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
      />
      <main className="content">
        <ProblemBanner problems={problems} status={catalogue.status} onRecovered={catalogue.reload} />
        <Screen route={route} catalogue={catalogue} />
      </main>
    </div>
  );
}

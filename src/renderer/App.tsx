// The app shell: sidebar, search and the catalogue.
import { useState } from 'react';
import { ProblemBanner } from './components/ProblemBanner';
import { SearchBox } from './components/SearchBox';
import { SessionList } from './components/SessionList';
import { useCatalogue } from './hooks/useCatalogue';
import { useSearch } from './hooks/useSearch';

export function App() {
  const catalogue = useCatalogue();
  const [query, setQuery] = useState('');
  const hits = useSearch(catalogue.sessions, query);
  const problems = [
    ...(catalogue.status?.startupProblems ?? []),
    ...(catalogue.error ? [{ code: 'internal' as const, message: catalogue.error }] : []),
  ];
  const events = new Set(catalogue.sessions.map((s) => s.event).filter(Boolean));

  return (
    <div className="app">
      <aside className="sidebar" aria-label="Navigation">
        <div className="brand">
          <span className="logo" aria-hidden="true">◆</span> kubeplan
        </div>
        <nav>
          <a className="nav-item active" aria-current="page" href="#catalogue">
            Catalogue <span className="badge">{catalogue.sessions.length}</span>
          </a>
        </nav>
        <p className="sidebar-note">Works offline. {events.size > 0 && [...events].join(', ')}</p>
      </aside>
      <main className="content">
        <header className="toolbar">
          <SearchBox value={query} onChange={setQuery} resultCount={hits.length} />
        </header>
        <ProblemBanner problems={problems} />
        {catalogue.loading && catalogue.sessions.length === 0 ? (
          <div className="empty">Loading sessions…</div>
        ) : (
          <SessionList hits={hits} grouped={query.trim() === ''} />
        )}
      </main>
    </div>
  );
}

// The catalogue: search box and the sessions, grouped by day when no query is typed.
import { useState } from 'react';
import type { SessionView } from '../../shared/types';
import { SearchBox } from '../components/SearchBox';
import { SessionList } from '../components/SessionList';
import { useSearch } from '../hooks/useSearch';

export function CatalogueScreen({ sessions, loading }: { sessions: SessionView[]; loading: boolean }) {
  const [query, setQuery] = useState('');
  const hits = useSearch(sessions, query);
  return (
    <>
      <header className="toolbar">
        <SearchBox value={query} onChange={setQuery} resultCount={hits.length} />
      </header>
      {loading && sessions.length === 0 ? (
        <div className="empty">Loading sessions…</div>
      ) : (
        <SessionList hits={hits} grouped={query.trim() === ''} />
      )}
    </>
  );
}

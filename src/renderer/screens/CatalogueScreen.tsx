// The catalogue: search box and the sessions, grouped by day when no query is typed.
import { useState } from 'react';
import type { SessionView } from '../../shared/types';
import { ExportIcsButton } from '../components/ExportIcsButton';
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
        <ExportIcsButton
          scope={{ kind: 'sessions', ids: hits.map((hit) => hit.session.id) }}
          label="Export list as .ics…"
          disabled={hits.length === 0}
        />
      </header>
      {loading && sessions.length === 0 ? (
        <div className="empty">Loading sessions…</div>
      ) : (
        <SessionList hits={hits} grouped={query.trim() === ''} />
      )}
    </>
  );
}

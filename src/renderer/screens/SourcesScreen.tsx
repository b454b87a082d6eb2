// The Sources screen: the one place for everything the catalogue is read from (blog feeds, schedule
// URLs such as a Sched all.ics, schedule and feed files), each with its last fetch, status, last error
// and session count; subscribe to a URL or a file, refresh one or all, remove one (asked first, and
// undone from here). What a refresh did to starred sessions comes first; one held back waits for a yes.
import { useEffect, useState, type FormEvent } from 'react';
import type { SourceRefresh, SourceView } from '../../shared/types';
import { Dialog } from '../components/Dialog';
import { ScreenHeading } from '../components/ScreenHeading';
import { StarredEffects } from '../components/StarredEffects';
import { formatFetchTime } from '../format';
import { routeHref } from '../routes';
import { sourceName, type SourcesStore } from '../stores/sources-store';
import { useStore } from '../stores/use-store';
import { useStores } from '../stores/context';

const KIND_LABELS: Record<SourceView['kind'], string> = {
  feed: 'Feed',
  schedule: 'Schedule',
  bundled: 'Bundled',
};

/** A URL or a file: a file source is read again from its file when refreshed. */
function origin(location: string): string {
  return /^https?:\/\//i.test(location) ? 'URL' : 'File';
}

function HeldBack({ store, refresh, busy }: { store: SourcesStore; refresh: SourceRefresh; busy: boolean }) {
  const [dismissed, setDismissed] = useState(false);
  if (dismissed || refresh.id === null) return null;
  const headingId = `held-${refresh.id}`;
  return (
    <div className="banner warning" role="group" aria-labelledby={headingId}>
      <h3 id={headingId}>Not applied: {refresh.location}</h3>
      <p>{refresh.message}</p>
      <div className="dialog-actions">
        <button type="button" onClick={() => setDismissed(true)} disabled={busy}>
          Keep the current schedule
        </button>
        <button
          type="button"
          className="primary danger"
          onClick={() => void store.refresh(refresh.id!, true)}
          disabled={busy}
        >
          Apply the new schedule
        </button>
      </div>
    </div>
  );
}

function Outcome({ store }: { store: SourcesStore }) {
  const { outcome, busy } = useStore(store);
  const starred = outcome?.refreshes.flatMap((r) => r.starred) ?? [];
  const held = outcome?.refreshes.filter((r) => r.status === 'held') ?? [];
  const changed = outcome?.refreshes.some(
    (r) => r.status === 'updated' && r.counts && r.counts.new + r.counts.changed + r.counts.removed > 0,
  );
  return (
    <>
      {/* What the refresh did to your sessions comes first; the sources' own lines follow. */}
      {outcome && outcome.refreshes.length > 0 && (starred.length > 0 || changed) && (
        <div className="source-outcome">
          <StarredEffects starred={starred} done={held.length === 0} />
        </div>
      )}
      <div role="status" aria-live="polite" className={`source-message${outcome?.error ? ' error' : ''}`}>
        {outcome && outcome.lines.join('\n')}
      </div>
      {changed && (
        <p className="source-outcome">
          <a href={routeHref({ screen: 'changes' })}>See what changed, session by session</a>
        </p>
      )}
      {held.map((refresh) => (
        <HeldBack key={refresh.location} store={store} refresh={refresh} busy={busy !== null} />
      ))}
      {outcome?.removed && (
        <div className="source-undo">
          <button type="button" onClick={() => void store.undoRemove()} disabled={busy !== null}>
            {busy === 'undo' ? 'Undoing…' : 'Undo removal'}
          </button>{' '}
          <span>Puts back the automatic backup taken just before it; a star or note changed since goes back too.</span>
        </div>
      )}
    </>
  );
}

function ConfirmRemove({
  source,
  onCancel,
  onRemove,
}: {
  source: SourceView;
  onCancel: () => void;
  onRemove: () => void;
}) {
  return (
    <Dialog labelledBy="remove-source-heading" onClose={onCancel} className="confirm-dialog">
      <h2 id="remove-source-heading">Remove {sourceName(source)}?</h2>
      <p>
        The sessions only this source lists ({source.sessionCount} listed now) are marked removed; your stars and notes
        stay. You can undo this from this screen.
      </p>
      <div className="dialog-actions">
        <button type="button" onClick={onCancel}>
          Keep it
        </button>
        <button type="button" className="primary danger" onClick={onRemove}>
          Remove source
        </button>
      </div>
    </Dialog>
  );
}

export function SourcesScreen() {
  const { sources: store } = useStores();
  const { sources, busy } = useStore(store);
  const [url, setUrl] = useState('');
  const [removing, setRemoving] = useState<SourceView | null>(null);
  useEffect(() => {
    void store.load();
  }, [store]);

  const onAdd = (event: FormEvent) => {
    event.preventDefault();
    const value = url.trim();
    if (!value) return;
    void store.add(value).then((ok) => ok && setUrl(''));
  };

  return (
    <section className="sources" aria-labelledby="sources-heading">
      <header className="toolbar sources-toolbar">
        <ScreenHeading id="sources-heading">Sources</ScreenHeading>
        <form className="source-add" onSubmit={onAdd}>
          <label htmlFor="source-url">Schedule or feed URL</label>
          <input
            id="source-url"
            type="url"
            placeholder="https://example.sched.com/all.ics"
            value={url}
            onChange={(e) => setUrl(e.target.value)}
            required
          />
          <button type="submit" disabled={busy !== null}>
            {busy === 'add' ? 'Subscribing…' : 'Subscribe'}
          </button>
        </form>
        <button type="button" onClick={() => void store.addChosenFile()} disabled={busy !== null}>
          {busy === 'file' ? 'Adding…' : 'Add a file…'}
        </button>
        <button type="button" onClick={() => void store.refreshAll()} disabled={busy !== null || !sources?.length}>
          {busy === 'all' ? 'Refreshing…' : 'Refresh all'}
        </button>
      </header>
      <Outcome store={store} />
      {sources === null ? (
        <div className="empty">Loading sources…</div>
      ) : sources.length === 0 ? (
        <div className="empty">
          No sources yet. Subscribe to a schedule URL (a Sched all.ics, a Sessionize or pretalx export) or a blog feed.
        </div>
      ) : (
        <ul className="source-list" aria-label="Sources">
          {sources.map((source) => (
            <li
              key={source.id}
              className={`source${source.lastStatus === 'error' ? ' failed' : ''}`}
              aria-label={sourceName(source)}
            >
              <div className="source-main">
                <h2 className="source-title">{sourceName(source)}</h2>
                <p className="source-location">{source.location}</p>
                <p className="source-meta">
                  <span className="chip">
                    {KIND_LABELS[source.kind]} · {origin(source.location)}
                  </span>
                  <span className={`chip status-${source.lastStatus ?? 'never'}`}>
                    {source.lastStatus === 'error' ? 'Error' : source.lastStatus === 'ok' ? 'OK' : 'Never fetched'}
                  </span>
                  <span>{source.sessionCount} sessions</span>
                  <span>
                    {source.lastFetchedAt ? `Last fetched ${formatFetchTime(source.lastFetchedAt)}` : 'Not fetched yet'}
                  </span>
                </p>
                {source.lastStatus === 'error' && source.lastError && (
                  <p className="source-error">Last error: {source.lastError}</p>
                )}
              </div>
              <div className="source-actions">
                <button type="button" onClick={() => void store.refresh(source.id)} disabled={busy !== null}>
                  {busy === `refresh-${source.id}` ? 'Refreshing…' : 'Refresh'}
                </button>
                <button type="button" className="danger" onClick={() => setRemoving(source)} disabled={busy !== null}>
                  Remove
                </button>
              </div>
            </li>
          ))}
        </ul>
      )}
      {removing && (
        <ConfirmRemove
          source={removing}
          onCancel={() => setRemoving(null)}
          onRemove={() => {
            const source = removing;
            setRemoving(null);
            void store.remove(source);
          }}
        />
      )}
    </section>
  );
}

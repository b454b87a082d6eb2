// The Feeds screen: subscribe to a blog feed by URL, refresh one or all, and see each feed's status,
// last fetch and last error.
import { useEffect, useState, type FormEvent } from 'react';
import { formatFetchTime } from '../format';
import { useStore } from '../stores/use-store';
import { useStores } from '../stores/context';
import { ScreenHeading } from '../components/ScreenHeading';

export function FeedsScreen() {
  const { feeds: store } = useStores();
  const { feeds, busy, message } = useStore(store);
  const [url, setUrl] = useState('');
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
    <section className="feeds" aria-labelledby="feeds-heading">
      <header className="toolbar feeds-toolbar">
        <ScreenHeading id="feeds-heading">Feeds</ScreenHeading>
        <form className="feed-add" onSubmit={onAdd}>
          <label htmlFor="feed-url">Feed URL</label>
          <input
            id="feed-url"
            type="url"
            placeholder="https://example.org/blog/index.xml"
            value={url}
            onChange={(e) => setUrl(e.target.value)}
            required
          />
          <button type="submit" disabled={busy !== null}>
            {busy === 'add' ? 'Adding…' : 'Add feed'}
          </button>
        </form>
        <button type="button" onClick={() => void store.addChosenFile()} disabled={busy !== null}>
          {busy === 'file' ? 'Adding…' : 'Feed file…'}
        </button>
        <button type="button" onClick={() => void store.refreshAll()} disabled={busy !== null || !feeds?.length}>
          {busy === 'all' ? 'Refreshing…' : 'Refresh all'}
        </button>
      </header>
      <div role="status" aria-live="polite" className={`feed-message${message?.error ? ' error' : ''}`}>
        {message?.text}
      </div>
      {feeds === null ? (
        <div className="empty">Loading feeds…</div>
      ) : feeds.length === 0 ? (
        <div className="empty">No feeds yet. Add the URL of a blog feed (RSS or Atom) that lists KubeCon sessions.</div>
      ) : (
        <ul className="feed-list" aria-label="Subscribed feeds">
          {feeds.map((feed) => (
            <li
              key={feed.id}
              className={`feed${feed.lastStatus === 'error' ? ' failed' : ''}`}
              aria-label={feed.title ?? feed.location}
            >
              <div className="feed-main">
                <h2 className="feed-title">{feed.title ?? feed.location}</h2>
                <p className="feed-location">{feed.location}</p>
                <p className="feed-meta">
                  <span className={`chip status-${feed.lastStatus ?? 'never'}`}>
                    {feed.lastStatus === 'error' ? 'Error' : feed.lastStatus === 'ok' ? 'OK' : 'Never fetched'}
                  </span>
                  <span>{feed.sessionCount} sessions</span>
                  <span>
                    {feed.lastFetchedAt ? `Last fetched ${formatFetchTime(feed.lastFetchedAt)}` : 'Not fetched yet'}
                  </span>
                </p>
                {feed.lastStatus === 'error' && feed.lastError && (
                  <p className="feed-error">Last error: {feed.lastError}</p>
                )}
              </div>
              <div className="feed-actions">
                <button type="button" onClick={() => void store.refresh(feed.id)} disabled={busy !== null}>
                  {busy === `refresh-${feed.id}` ? 'Refreshing…' : 'Refresh'}
                </button>
                <button
                  type="button"
                  className="danger"
                  onClick={() => void store.remove(feed)}
                  disabled={busy !== null}
                >
                  Remove
                </button>
              </div>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

// The Feeds screen: subscribe to a blog feed by URL, refresh one or all, and see each feed's status,
// last fetch and last error.
import { useCallback, useEffect, useState, type FormEvent } from 'react';
import type { FeedRefreshView } from '../../shared/ipc/feeds-channels';
import type { SourceView } from '../../shared/types';
import { refreshSentence } from '../../shared/summary-text';
import { api } from '../api';
import { formatFetchTime } from '../format';
import { errorMessage } from '../../shared/errors';

function describe(result: FeedRefreshView): string {
  if (result.status === 'error')
    return refreshSentence({ ...result, status: 'error', error: result.error ?? 'failed' });
  if (result.status === 'not-modified') return refreshSentence({ ...result, status: 'not-modified' });
  return refreshSentence({ ...result, status: 'updated', counts: result.counts! });
}

export function FeedsScreen({ onCatalogueChanged }: { onCatalogueChanged: () => void }) {
  const [feeds, setFeeds] = useState<SourceView[] | null>(null);
  const [url, setUrl] = useState('');
  const [busy, setBusy] = useState<string | null>(null);
  const [message, setMessage] = useState<{ text: string; error: boolean } | null>(null);

  const [generation, setGeneration] = useState(0);
  const reload = useCallback(() => setGeneration((n) => n + 1), []);

  useEffect(() => {
    let current = true;
    api.listFeeds().then(
      (list) => {
        if (current) setFeeds(list);
      },
      (caught: unknown) => {
        if (!current) return;
        setMessage({ text: errorMessage(caught), error: true });
        setFeeds([]);
      },
    );
    return () => {
      current = false;
    };
  }, [generation]);

  const run = async (label: string, action: () => Promise<FeedRefreshView[]>) => {
    setBusy(label);
    setMessage(null);
    try {
      const results = await action();
      setMessage({
        text: results.map(describe).join('\n') || 'No feeds to refresh.',
        error: results.some((r) => r.status === 'error'),
      });
      onCatalogueChanged();
    } catch (caught) {
      setMessage({ text: errorMessage(caught), error: true });
    } finally {
      setBusy(null);
      reload();
    }
  };

  const onAdd = (event: FormEvent) => {
    event.preventDefault();
    const value = url.trim();
    if (!value) return;
    void run('add', async () => {
      const result = await api.addFeed({ url: value });
      if (result.status !== 'error') setUrl('');
      return [result];
    });
  };

  const onChooseFile = () => {
    // Main shows the Open dialog and answers with a token for the chosen file, never its path.
    api.chooseFeedFile().then(
      (chosen) => {
        if (chosen) void run('file', async () => [await api.addFeed({ token: chosen.token })]);
      },
      (caught: unknown) => setMessage({ text: errorMessage(caught), error: true }),
    );
  };

  const onRemove = (feed: SourceView) => {
    void run(`remove-${feed.id}`, async () => {
      const counts = await api.removeFeed({ id: feed.id });
      return [{ location: feed.location, status: 'updated', counts, error: null }];
    });
  };

  return (
    <section className="feeds" aria-labelledby="feeds-heading">
      <header className="toolbar feeds-toolbar">
        <h1 id="feeds-heading">Feeds</h1>
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
        <button type="button" onClick={onChooseFile} disabled={busy !== null}>
          {busy === 'file' ? 'Adding…' : 'Feed file…'}
        </button>
        <button
          type="button"
          onClick={() => void run('all', () => api.refreshAllFeeds())}
          disabled={busy !== null || !feeds?.length}
        >
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
                <button
                  type="button"
                  onClick={() => void run(`refresh-${feed.id}`, async () => [await api.refreshFeed({ id: feed.id })])}
                  disabled={busy !== null}
                >
                  {busy === `refresh-${feed.id}` ? 'Refreshing…' : 'Refresh'}
                </button>
                <button type="button" className="danger" onClick={() => onRemove(feed)} disabled={busy !== null}>
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

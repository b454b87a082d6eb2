// Refreshing subscribed feeds: fetch (or re-read) one or all, store their sessions, record the outcome on
// the source. A failed or empty fetch records the error and leaves every stored session as it was.
import { KubeplanError, toErrorInfo } from '../../shared/errors';
import type { ImportResult, SourceKind } from '../../shared/types';
import { fetchFeed, isUrl, type FetchOptions } from '../feed/fetch-feed';
import { scrapeFeed } from '../feed/scrape-feed';
import { applyImport } from '../store/apply-import';
import type { Db } from '../store/db';
import {
  findSource,
  findSourceById,
  listFeedSources,
  recordSourceError,
  recordSourceNotModified,
} from '../store/sources';
import { readTextFile } from '../text/read-text-file';

export interface FeedDeps extends FetchOptions {
  now?: () => Date;
  /** Called just before sessions are written (the app takes its automatic backup here). */
  beforeWrite?: () => void;
}

export type RefreshOutcome =
  | { location: string; status: 'updated'; result: ImportResult }
  | { location: string; status: 'not-modified' }
  | { location: string; status: 'error'; error: string };

/** An error's message for a source's status line, without repeating the source's own location. */
export function reason(error: unknown, location: string): string {
  const message = toErrorInfo(error).message;
  return message.startsWith(`${location}: `) ? message.slice(location.length + 2) : message;
}

/** Fetches (or reads) a feed and stores its sessions as one source; throws after recording any failure. */
export async function refreshFeedLocation(
  db: Db,
  location: string,
  kind: SourceKind,
  deps: FeedDeps = {},
): Promise<RefreshOutcome> {
  const now = () => (deps.now ?? (() => new Date()))().toISOString();
  const stored = findSource(db, location);
  try {
    let text: string;
    let fetchMeta: { etag: string | null; lastModified: string | null } | undefined;
    if (isUrl(location)) {
      const fetched = await fetchFeed(location, stored, deps);
      if (fetched.status === 'not-modified' && stored) {
        recordSourceNotModified(db, stored.id, now());
        return { location, status: 'not-modified' };
      }
      if (fetched.status === 'not-modified')
        throw new KubeplanError('network-error', 'the server answered 304 to a first fetch', location);
      text = fetched.text;
      fetchMeta = { etag: fetched.etag, lastModified: fetched.lastModified };
    } else {
      text = readTextFile(location);
    }
    const { feed, sessions } = scrapeFeed(text, location);
    if (feed.items.length === 0 && stored && stored.sessionCount > 0) {
      // A feed that suddenly lists nothing is far more often broken than emptied: keep what we have.
      throw new KubeplanError(
        'parse-error',
        `the feed lists no items now; keeping the ${stored.sessionCount} stored sessions`,
        location,
      );
    }
    deps.beforeWrite?.();
    const result = applyImport(
      db,
      { source: { kind: stored?.kind ?? kind, location, title: feed.title }, sessions },
      { now: () => new Date(now()), ...(fetchMeta ? { fetchMeta } : {}) },
    );
    return { location, status: 'updated', result };
  } catch (error) {
    recordSourceError(
      db,
      { kind: stored?.kind ?? kind, location, title: stored?.title ?? null },
      reason(error, location),
      now(),
    );
    throw error;
  }
}

export async function refreshFeed(db: Db, id: number, deps: FeedDeps = {}): Promise<RefreshOutcome> {
  const source = findSourceById(db, id);
  if (!source) throw new KubeplanError('not-found', `no feed with id ${id}`, 'id');
  try {
    return await refreshFeedLocation(db, source.location, source.kind, deps);
  } catch (error) {
    return { location: source.location, status: 'error', error: reason(error, source.location) };
  }
}

export async function refreshAllFeeds(db: Db, deps: FeedDeps = {}): Promise<RefreshOutcome[]> {
  const outcomes: RefreshOutcome[] = [];
  for (const feed of listFeedSources(db)) outcomes.push(await refreshFeed(db, feed.id, deps));
  return outcomes;
}

// Subscribed feeds: list them, subscribe (fetched at once), unsubscribe.
import { KubeplanError } from '../../shared/errors';
import type { ImportResult, SourceView } from '../../shared/types';
import { httpUrl, isUrl } from '../feed/fetch-feed';
import { applyImport } from '../store/apply-import';
import type { Db } from '../store/db';
import { deleteSource, findSourceById, listFeedSources } from '../store/sources';
import { reason, refreshFeedLocation, type FeedDeps, type RefreshOutcome } from './refresh-feeds';

function checkLocation(location: string): string {
  const trimmed = location.trim();
  if (!trimmed) throw new KubeplanError('invalid-argument', 'a feed URL is needed', 'url');
  if (isUrl(trimmed)) return httpUrl(trimmed).href;
  return trimmed;
}

/** Subscribes to a feed and fetches it once; a failing URL stays subscribed with its error shown. */
export async function addFeed(db: Db, location: string, deps: FeedDeps = {}): Promise<RefreshOutcome> {
  const checked = checkLocation(location);
  try {
    return await refreshFeedLocation(db, checked, 'feed', deps);
  } catch (error) {
    return { location: checked, status: 'error', error: reason(error, checked) };
  }
}

/** Feeds and bundled documents (organizer schedules are refreshed by importing them again). */
export function listFeeds(db: Db): SourceView[] {
  return listFeedSources(db);
}

/** Unsubscribes: sessions only this feed listed are marked removed (stars and notes stay), in one transaction. */
export function removeFeed(db: Db, id: number, now: () => Date = () => new Date()): ImportResult {
  const source = findSourceById(db, id);
  if (!source) throw new KubeplanError('not-found', `no feed with id ${id}`, 'id');
  return db.transaction(() => {
    const result = applyImport(
      db,
      { source: { kind: source.kind, location: source.location, title: source.title }, sessions: [] },
      { now },
    );
    deleteSource(db, id);
    return result;
  })();
}

// Subscribed feeds: list them, subscribe (fetched at once), unsubscribe.
import path from 'node:path';
import { KubeplanError } from '../../shared/errors';
import type { SourceView } from '../../shared/types';
import { httpUrl, isUrl } from '../feed/fetch-feed';
import { listFeedSources } from '../store/sources';
import { backupOnce, type UseCaseDeps } from './deps';
import { reason, refreshFeedLocation, requireFeed, type RefreshOutcome } from './refresh-feeds';
import { removeSource, type SourceRemoval } from './sources';

/** An http(s) URL, normalized; anything else with a scheme is refused. A path is the shell's to vouch for. */
function checkLocation(location: string): string {
  const trimmed = location.trim();
  if (!trimmed) throw new KubeplanError('invalid-argument', 'a feed URL is needed', 'url');
  if (isUrl(trimmed)) return httpUrl(trimmed).href;
  // A file is known by its absolute path, so a refresh finds it from anywhere.
  return path.resolve(trimmed);
}

/** Feeds and bundled documents (organizer schedules are refreshed by importing them again). */
export function listFeeds(deps: UseCaseDeps): SourceView[] {
  return listFeedSources(deps.db);
}

/**
 * Subscribes to a feed (an http(s) URL, or a file the shell vouches the user chose) and fetches it
 * once; one that fails stays subscribed with its error shown, so it can be refreshed later.
 */
export async function addFeed(deps: UseCaseDeps, location: string): Promise<RefreshOutcome> {
  const checked = checkLocation(location);
  try {
    return await refreshFeedLocation(deps, checked, 'feed', backupOnce(deps, 'before-feed-add'));
  } catch (error) {
    return { location: checked, status: 'error', error: reason(error, checked) };
  }
}

/** Unsubscribes a feed: checks the id names one, then removes it as any source is removed. */
export function removeFeed(deps: UseCaseDeps, feedId: number): SourceRemoval {
  requireFeed(deps, feedId);
  return removeSource(deps, feedId);
}

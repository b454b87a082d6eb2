// Refreshing subscribed feeds: fetch (or re-read) one or all, store their sessions, record the outcome on
// the source. A failed or empty fetch records the error and leaves every stored session as it was.
import fs from 'node:fs';
import path from 'node:path';
import { KubeplanError, errorMessage } from '../../shared/errors';
import type { ImportResult, SourceKind, StarredEffect } from '../../shared/types';
import { fetchFeed, isUrl } from '../feed/fetch-feed';
import { MAX_FEED_CHARS } from '../feed/parse-feed';
import { scrapeFeed } from '../feed/scrape-feed';
import { applyImport } from '../store/apply-import';
import {
  findSource,
  findSourceById,
  listFeedSources,
  recordSourceError,
  recordSourceNotModified,
  type StoredSource,
} from '../store/sources';
import { readTextFile } from '../text/read-text-file';
import { backupOnce, nowOf, type UseCaseDeps } from './deps';
import { mayRemove, previewImpact, refuseUnconfirmed, RemovalsNeedConfirmation } from './import-impact';

export type RefreshOutcome =
  | { location: string; status: 'updated'; result: ImportResult }
  | { location: string; status: 'not-modified' }
  | { location: string; status: 'skipped'; error: string }
  | { location: string; status: 'error'; error: string }
  /** Would take starred sessions or over a quarter of the feed's sessions away: nothing written. */
  | { location: string; status: 'held'; error: string; starred: StarredEffect[] };

export interface FeedRefreshOptions {
  /** The second confirmation for a refresh that takes sessions from the plan (`--allow-removals`). */
  allowRemovals?: boolean;
}

/** What a held refresh says: why, and how to let it through. */
export function heldMessage(error: RemovalsNeedConfirmation): string {
  return `held back: ${error.impact.removals.reasons.join('; ')}; refresh it with the removals allowed to apply it`;
}

/** An error's message for a source's status line, without repeating the source's own location. */
export function reason(error: unknown, location: string): string {
  const message = errorMessage(error);
  return message.startsWith(`${location}: `) ? message.slice(location.length + 2) : message;
}

/**
 * Fetches (or reads) a feed and stores its sessions as one source; throws after recording any failure.
 * `beforeWrite` runs just before the write (the action's automatic backup), and only if there is one:
 * a file re-read with nothing new in it uses up no backup. A refresh that would take starred sessions
 * or more than a quarter of the feed's sessions away is refused (RemovalsNeedConfirmation) unless
 * the removals are allowed, as every import is.
 */
export async function refreshFeedLocation(
  deps: UseCaseDeps,
  location: string,
  kind: SourceKind,
  beforeWrite: () => void,
  options: FeedRefreshOptions = {},
): Promise<RefreshOutcome> {
  const { db } = deps;
  const now = nowOf(deps);
  const stored = findSource(db, location);
  try {
    let text: string;
    let fetchMeta: { etag: string | null; lastModified: string | null } | undefined;
    if (isUrl(location)) {
      const fetched = await fetchFeed(location, stored, deps.fetch);
      if (fetched.status === 'not-modified' && stored) {
        recordSourceNotModified(db, stored.id, now.toISOString());
        return { location, status: 'not-modified' };
      }
      if (fetched.status === 'not-modified')
        throw new KubeplanError('network-error', 'the server answered 304 to a first fetch', location);
      text = fetched.text;
      fetchMeta = { etag: fetched.etag, lastModified: fetched.lastModified };
    } else {
      text = readTextFile(location, { maxBytes: deps.fetch?.maxBytes ?? MAX_FEED_CHARS });
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
    const batch = { source: { kind: stored?.kind ?? kind, location, title: feed.title }, sessions };
    // The check is a dry run, so a refusal writes nothing (and takes no backup).
    if (!options.allowRemovals && mayRemove(db, batch))
      refuseUnconfirmed(previewImpact(db, batch, { now: () => now }).impact, location);
    const result = applyImport(db, batch, { now: () => now, beforeWrite, ...(fetchMeta ? { fetchMeta } : {}) });
    return { location, status: 'updated', result };
  } catch (error) {
    recordSourceError(
      db,
      { kind: stored?.kind ?? kind, location, title: stored?.title ?? null },
      error instanceof RemovalsNeedConfirmation ? heldMessage(error) : reason(error, location),
      now.toISOString(),
    );
    throw error;
  }
}

/**
 * A file source that cannot be read again: one dropped on the window (known only as `file:NAME`) or
 * one whose file is gone. Its sessions stay; the refresh says why it was skipped instead of failing.
 */
export function unreadableFile(location: string): string | null {
  if (location.startsWith('file:'))
    return 'imported from a file dropped on the window: drop or import the file again to update it';
  if (isUrl(location)) return null;
  // A schedule imported from a file is keyed by its content (a Sched export by its calendar), not a path.
  if (!path.isAbsolute(location)) return 'imported from a file: import the file again to update it';
  if (!fs.existsSync(location)) return `the file is no longer at ${location}; its sessions are kept`;
  return null;
}

/** A refresh never throws for the feed's own failure: the outcome says it, and the source records it. */
async function refreshStored(
  deps: UseCaseDeps,
  source: StoredSource,
  beforeWrite: () => void,
  options: FeedRefreshOptions,
): Promise<RefreshOutcome> {
  const skipped = unreadableFile(source.location);
  if (skipped) return { location: source.location, status: 'skipped', error: skipped };
  try {
    return await refreshFeedLocation(deps, source.location, source.kind, beforeWrite, options);
  } catch (error) {
    if (error instanceof RemovalsNeedConfirmation)
      return { location: source.location, status: 'held', error: heldMessage(error), starred: error.impact.starred };
    return { location: source.location, status: 'error' as const, error: reason(error, source.location) };
  }
}

export function requireFeed(deps: UseCaseDeps, feedId: number): StoredSource {
  const source = findSourceById(deps.db, feedId);
  if (!source) throw new KubeplanError('not-found', `no feed with id ${feedId}`, 'id');
  return source;
}

export async function refreshFeed(
  deps: UseCaseDeps,
  feedId: number,
  options: FeedRefreshOptions = {},
): Promise<RefreshOutcome> {
  return refreshStored(deps, requireFeed(deps, feedId), backupOnce(deps, 'before-feed-refresh'), options);
}

/** Every subscribed feed in turn: one backup for the whole refresh, before its first write. */
export async function refreshAllFeeds(deps: UseCaseDeps, options: FeedRefreshOptions = {}): Promise<RefreshOutcome[]> {
  const backup = backupOnce(deps, 'before-feed-refresh');
  const outcomes: RefreshOutcome[] = [];
  for (const feed of listFeedSources(deps.db)) {
    outcomes.push(await refreshStored(deps, requireFeed(deps, feed.id), backup, options));
  }
  return outcomes;
}

// `import <file|url>`: reads a file or downloads a URL and routes it by content. RSS, Atom and RDF
// documents go through the feed scraper; organizer schedule formats plug in beside it.
import path from 'node:path';
import { KubeplanError } from '../../shared/errors';
import type { ImportResult, SessionRecord } from '../../shared/types';
import { fetchFeed, isUrl } from '../feed/fetch-feed';
import { looksLikeFeed } from '../feed/parse-feed';
import { scrapeFeed } from '../feed/scrape-feed';
import { applyImport } from '../store/apply-import';
import type { Db } from '../store/db';
import { readTextFile } from '../text/read-text-file';
import type { FeedDeps } from './refresh-feeds';

export interface LoadedSource {
  location: string;
  text: string;
  fetchMeta?: { etag: string | null; lastModified: string | null };
}

/** The text at a path or http(s) URL; paths are made absolute so a source has one name. */
export async function loadSource(location: string, deps: FeedDeps = {}): Promise<LoadedSource> {
  if (isUrl(location)) {
    const fetched = await fetchFeed(location, null, deps);
    if (fetched.status !== 'ok') throw new KubeplanError('network-error', 'the server sent no document', location);
    return { location, text: fetched.text, fetchMeta: { etag: fetched.etag, lastModified: fetched.lastModified } };
  }
  const absolute = path.resolve(location);
  return { location: absolute, text: readTextFile(absolute) };
}

export interface ScrapedSource {
  title: string | null;
  sessions: SessionRecord[];
}

/** Extracts sessions from a loaded document: a feed by its root element, anything else is refused by name. */
export function scrapeSource(source: LoadedSource): ScrapedSource {
  if (looksLikeFeed(source.text)) {
    const { feed, sessions } = scrapeFeed(source.text, source.location);
    return { title: feed.title, sessions };
  }
  // Parse anyway for the precise reason (HTML page, empty, malformed XML, another root element).
  scrapeFeed(source.text, source.location);
  throw new KubeplanError('parse-error', 'not an RSS, Atom or RDF feed', source.location);
}

export async function importSource(db: Db, location: string, deps: FeedDeps = {}): Promise<ImportResult> {
  const loaded = await loadSource(location, deps);
  const { title, sessions } = scrapeSource(loaded);
  return applyImport(
    db,
    { source: { kind: 'feed', location: loaded.location, title }, sessions },
    { ...(deps.now ? { now: deps.now } : {}), ...(loaded.fetchMeta ? { fetchMeta: loaded.fetchMeta } : {}) },
  );
}

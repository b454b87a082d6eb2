// First launch: imports the feed bundled in data/ so the catalogue is never empty, even offline.
import path from 'node:path';
import { toErrorInfo, type ErrorInfo } from '../../shared/errors';
import { scrapeFeed } from '../feed/scrape-feed';
import { applyImport } from '../store/apply-import';
import { hasSources } from '../store/sources';
import { readTextFile } from '../text/read-text-file';
import { clockOf, type UseCaseDeps } from './deps';

/** Imports the bundled feed into an empty database; returns the problem instead of throwing. */
export function seedIfEmpty(deps: UseCaseDeps, bundledFeedFile: string): ErrorInfo[] {
  if (hasSources(deps.db)) return [];
  try {
    const location = path.resolve(bundledFeedFile);
    const { feed, sessions } = scrapeFeed(readTextFile(location), location);
    applyImport(
      deps.db,
      { source: { kind: 'bundled', location, title: feed.title }, sessions },
      { now: clockOf(deps) },
    );
    return [];
  } catch (error) {
    return [toErrorInfo(error)];
  }
}

// First launch: imports the feed bundled in data/ so the catalogue is never empty, even offline.
import { toErrorInfo, type ErrorInfo } from '../../shared/errors';
import type { Db } from '../store/open-store';
import { importFeedFile } from './import-file';

export const BUNDLED_FEED = 'cnpe-community-contribution.xml';

function isEmpty(db: Db): boolean {
  return db.prepare<[], { n: number }>('SELECT COUNT(*) AS n FROM sources').get()!.n === 0;
}

/** Imports the bundled feed into an empty database; returns the problem instead of throwing. */
export function seedIfEmpty(db: Db, bundledFeedFile: string): ErrorInfo[] {
  if (!isEmpty(db)) return [];
  try {
    importFeedFile(db, bundledFeedFile, 'bundled');
    return [];
  } catch (error) {
    return [toErrorInfo(error)];
  }
}

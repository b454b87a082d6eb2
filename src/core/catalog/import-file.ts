// Reads a feed file from disk and stores its sessions as one source, in one transaction.
import fs from 'node:fs';
import path from 'node:path';
import { KubeplanError } from '../../shared/errors';
import type { ImportResult, SourceKind } from '../../shared/types';
import { scrapeFeed } from '../feed/scrape-feed';
import { applyImport } from '../store/apply-import';
import type { Db } from '../store/open-store';
import { decodeDocument } from '../text/decode-document';

/** A file's text, decoded by its BOM or XML declaration (UTF-16, ISO-8859-1 …), never assumed UTF-8. */
export function readTextFile(file: string): string {
  let bytes: Buffer;
  try {
    bytes = fs.readFileSync(file);
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code === 'ENOENT' ? 'file not found' : (error as Error).message;
    throw new KubeplanError('io-error', reason, file);
  }
  return decodeDocument(bytes).text;
}

export function importFeedFile(db: Db, file: string, kind: SourceKind = 'feed'): ImportResult {
  const location = path.resolve(file);
  const { feed, sessions } = scrapeFeed(readTextFile(location), location);
  return applyImport(db, { source: { kind, location, title: feed.title }, sessions });
}

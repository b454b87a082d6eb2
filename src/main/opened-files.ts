// Files handed to the app from outside (command line, a second launch, "open with"): main keeps the
// paths and gives the renderer opaque tokens, so the renderer never names a path it may read.
import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { checkTextFile, MAX_TEXT_FILE_BYTES, readTextFile } from '../core/text/read-text-file';
import { KubeplanError } from '../shared/errors';
import type { OpenedFile } from '../shared/ipc/events';

/** Larger files are refused rather than read into memory. */
export const MAX_OPENED_FILE_BYTES = MAX_TEXT_FILE_BYTES;

const IMPORTABLE = /\.(ics|ical|ifb|json|xml|csv|tsv|atom|rss|rdf|txt)$/i;

/** The importable files among a launch's arguments (Electron's own flags and the app path excluded). */
export function filesFromArgv(argv: readonly string[], cwd: string): string[] {
  return argv
    .slice(1)
    .filter((arg) => !arg.startsWith('-') && IMPORTABLE.test(arg))
    .map((arg) => path.resolve(cwd, arg))
    .filter((file) => {
      try {
        return fs.statSync(file).isFile();
      } catch {
        return false;
      }
    });
}

export class OpenedFiles {
  private readonly byToken = new Map<string, string>();

  add(files: readonly string[]): OpenedFile[] {
    return files.map((file) => {
      const token = randomUUID();
      this.byToken.set(token, file);
      return { token, name: path.basename(file) };
    });
  }

  /**
   * The path behind a token, spent either way: a regular file within the size cap, or a clear
   * error naming it (a device such as /dev/zero or a FIFO is refused before anything reads it).
   */
  take(token: string, maxBytes = MAX_OPENED_FILE_BYTES): string {
    const file = this.byToken.get(token);
    this.byToken.delete(token);
    if (!file) throw new KubeplanError('not-found', 'that file is no longer waiting to be opened');
    checkTextFile(file, { maxBytes });
    return file;
  }

  /** Reads a queued file once; the token is spent either way. */
  read(token: string): { name: string; text: string } {
    const file = this.take(token);
    return { name: path.basename(file), text: readTextFile(file, { maxBytes: MAX_OPENED_FILE_BYTES }) };
  }
}

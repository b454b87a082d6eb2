// What every handler works with: the store (or why it is missing) and the shell services main injects.
import { KubeplanError, type ErrorInfo } from '../../shared/errors';
import type { Db } from '../../core/store/open-store';
import type { AppEventName, AppEvents } from '../../shared/ipc/events';
import type { FetchOptions } from '../../core/feed/fetch-feed';
import type { OpenedFiles } from '../opened-files';

export interface HandlerContext {
  /** Null when the database could not be opened; the problem is in startupProblems. */
  db: Db | null;
  databasePath: string;
  /** Where automatic backups are written (before migrations and imports). */
  backupDir: string;
  startupProblems: ErrorInfo[];
  /** Opens a URL in the system browser; main passes shell.openExternal behind a URL check. */
  openExternal: (url: string) => Promise<boolean>;
  /** Replaces the database with one of the automatic backups and reopens it. */
  restoreBackup: (backupFile: string) => void;
  /** Pushes an event to the renderer. */
  emit: <K extends AppEventName>(name: K, payload: AppEvents[K]) => void;
  /** Files handed to the app from outside, waiting for the renderer to read them by token. */
  openedFiles: OpenedFiles;
  /** Where to save an export: main shows a save dialog (for files of that kind); tests answer with a path. Null means cancelled. */
  chooseSavePath?: (suggestedName: string, filter: { name: string; extensions: string[] }) => Promise<string | null>;
  /** Feed download limits (timeouts, size cap); defaults when absent, shortened by fault tests. */
  fetchOptions?: FetchOptions;
  /** The clock now/next and export stamps read; injected so tests pick the moment. */
  now?: () => Date;
}

export function requireDb(ctx: HandlerContext): Db {
  if (ctx.db) return ctx.db;
  throw new KubeplanError('database-error', 'the database is not available', ctx.databasePath);
}

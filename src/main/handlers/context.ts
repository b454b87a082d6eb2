// What every handler works with: the store (or why it is missing) and the shell services main injects.
import { KubeplanError, type ErrorInfo } from '../../shared/errors';
import type { Db } from '../../core/store/open-store';

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
}

export function requireDb(ctx: HandlerContext): Db {
  if (ctx.db) return ctx.db;
  throw new KubeplanError('database-error', 'the database is not available', ctx.databasePath);
}

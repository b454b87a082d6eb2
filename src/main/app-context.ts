// The app's state as the main process holds it, without Electron: the open database and what start-up
// found (an AppContext, never changed once made), the shell's services, and the one accessor every
// holder reads the context through. Restoring a backup builds a new context and tells the listeners.
import type { FetchOptions } from '../core/feed/fetch-feed';
import { backupDirFor, listBackups } from '../core/store/backups';
import type { Db } from '../core/store/db';
import type { UseCaseDeps } from '../core/use-cases/deps';
import { openStore } from '../core/store/open-store';
import { restoreBackup } from '../core/use-cases/restore-backup';
import { seedIfEmpty } from '../core/use-cases/seed-bundled-feed';
import { KubeplanError, toErrorInfo, type ErrorInfo } from '../shared/errors';
import type { AppEventName, AppEvents } from '../shared/ipc/events';
import { OpenedFiles } from './opened-files';

/** One opened database and what start-up found. Frozen: a restore makes a new one instead. */
export interface AppContext {
  /** Null when the database could not be opened; the problem is in startupProblems. */
  readonly db: Db | null;
  readonly databasePath: string;
  /** Where automatic backups are written (before migrations and imports). */
  readonly backupDir: string;
  /** Problems found at start-up (a corrupt database or bundled feed), shown in the window. */
  readonly startupProblems: readonly ErrorInfo[];
}

/** What the shell gives the app besides the database: fixed for the app's whole life. */
export interface ShellServices {
  /** Opens a URL in the system browser; main passes shell.openExternal behind a URL check. */
  openExternal: (url: string) => Promise<boolean>;
  /** Pushes an event to the renderer (webContents.send in Electron, page.evaluate in the e2e harness). */
  emit: <K extends AppEventName>(name: K, payload: AppEvents[K]) => void;
  /** Files handed to the app from outside, waiting for the renderer to read them by token. */
  openedFiles: OpenedFiles;
  /** Where to save an export: main shows a save dialog for files of that kind; tests answer with a path. Null means cancelled. */
  chooseSavePath?: (suggestedName: string, filter: { name: string; extensions: string[] }) => Promise<string | null>;
  /** Which file to open: main shows an Open dialog with these file types; tests answer with a path. */
  chooseOpenPath?: (filter: { name: string; extensions: string[] }) => Promise<string | null>;
  /** Feed download limits (timeouts, size cap); defaults when absent, shortened by fault tests. */
  fetchOptions?: FetchOptions;
  /** The clock use cases read; injected so tests pick the moment. */
  now?: () => Date;
  /** Runs an import's parse step off the main thread (a worker in the app); in the calling thread when absent. */
  parseImport?: UseCaseDeps['parse'];
}

export interface StartOptions extends Omit<ShellServices, 'emit' | 'openedFiles'> {
  databasePath: string;
  bundledFeedFile: string;
  emit?: ShellServices['emit'];
}

export interface App {
  readonly services: ShellServices;
  /** The context in force now. Read it on every use and never keep it: a restore replaces it. */
  current(): AppContext;
  /** Runs `listener` with each new context a restore puts in force; returns the unsubscribe. */
  onContextChange(listener: (ctx: AppContext) => void): () => void;
  /** Replaces the database with one of the automatic backups, reopens it and returns the new context. */
  restoreBackup(backupFile: string): AppContext;
  /** Closes the database (at quit). */
  close(): void;
}

function openContext(options: StartOptions): AppContext {
  const backupDir = backupDirFor(options.databasePath);
  const problems: ErrorInfo[] = [];
  let db: Db | null = null;
  try {
    db = openStore(options.databasePath, { backupDir });
  } catch (error) {
    problems.push(toErrorInfo(error));
  }
  // Seeding reports its own problem and never throws: a bad bundled feed leaves the database usable.
  if (db) problems.push(...seedIfEmpty(options.now ? { db, now: options.now } : { db }, options.bundledFeedFile));
  return Object.freeze({
    db,
    databasePath: options.databasePath,
    backupDir,
    startupProblems: Object.freeze(problems),
  });
}

export function startApp(options: StartOptions): App {
  const services: ShellServices = Object.freeze({
    ...options,
    emit: options.emit ?? (() => {}),
    openedFiles: new OpenedFiles(),
  });
  let current = openContext(options);
  const listeners = new Set<(ctx: AppContext) => void>();
  return {
    services,
    current: () => current,
    onContextChange(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    restoreBackup(backupFile) {
      // Only a backup kubeplan itself made may replace the database, never an arbitrary path.
      if (!listBackups(current.backupDir).some((b) => b.file === backupFile)) {
        throw new KubeplanError('not-found', 'no such automatic backup', backupFile);
      }
      current.db?.close();
      try {
        restoreBackup({ databasePath: current.databasePath, backupDir: current.backupDir }, backupFile);
      } finally {
        // Whatever happened to the file, the context in force is the one that opening it now gives.
        current = openContext(options);
        for (const listener of listeners) listener(current);
      }
      if (!current.db)
        throw new KubeplanError('database-error', current.startupProblems[0]?.message ?? 'restore failed');
      return current;
    },
    close() {
      current.db?.close();
    },
  };
}

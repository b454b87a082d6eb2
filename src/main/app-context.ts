// Start-up as the main process does it, without Electron: open the store, seed it, collect problems;
// and recovery from an automatic backup when the database cannot be used.
import { KubeplanError, toErrorInfo, type ErrorInfo } from '../shared/errors';
import { seedIfEmpty } from '../core/use-cases/seed-bundled-feed';
import { backupDirFor, listBackups, restoreBackup } from '../core/store/backups';
import { openStore } from '../core/store/open-store';
import type { HandlerContext } from './handlers/index';
import { OpenedFiles } from './opened-files';

export interface StartOptions {
  databasePath: string;
  bundledFeedFile: string;
  openExternal: (url: string) => Promise<boolean>;
  /** How events reach the renderer (webContents.send in Electron, page.evaluate in the e2e harness). */
  emit?: HandlerContext['emit'];
}

function open(ctx: HandlerContext, options: StartOptions): void {
  const problems: ErrorInfo[] = [];
  try {
    const db = openStore(options.databasePath, { backupDir: ctx.backupDir });
    ctx.db = db;
    problems.push(...seedIfEmpty(db, options.bundledFeedFile));
  } catch (error) {
    ctx.db = null;
    problems.push(toErrorInfo(error));
  }
  ctx.startupProblems = problems;
}

export function startAppContext(options: StartOptions): HandlerContext {
  const ctx: HandlerContext = {
    db: null,
    databasePath: options.databasePath,
    backupDir: backupDirFor(options.databasePath),
    startupProblems: [],
    openExternal: options.openExternal,
    emit: options.emit ?? (() => {}),
    openedFiles: new OpenedFiles(),
    restoreBackup: (file) => {
      const backup = listBackups(ctx.backupDir).find((b) => b.file === file);
      // Only a backup kubeplan itself made may replace the database, never an arbitrary path.
      if (!backup) throw new KubeplanError('not-found', 'no such automatic backup', file);
      ctx.db?.close();
      ctx.db = null;
      restoreBackup(options.databasePath, backup);
      open(ctx, options);
      if (!ctx.db) throw new KubeplanError('database-error', ctx.startupProblems[0]?.message ?? 'restore failed');
    },
  };
  open(ctx, options);
  return ctx;
}

// Undoing an import: find the automatic backup taken just before it, say what restoring it takes back
// (that import, any later one, and stars or notes changed since), then put it in place of the database.
import { KubeplanError } from '../../shared/errors';
import type { UndoPlan } from '../../shared/types';
import { listBackups } from '../store/backups';
import {
  findImport,
  importsAfter,
  planDifferences,
  readBackupHistory,
  recentImports,
  type ImportEntry,
} from '../store/import-history';
import type { UseCaseDeps } from './deps';
import { restoreBackup, type DatabaseFiles } from './restore-backup';

export type { ImportEntry, UndoPlan } from '../../shared/types';

/** The most recent imports, newest first: what `kubeplan undo` lists. */
export function listImports(deps: UseCaseDeps, limit = 10): ImportEntry[] {
  return recentImports(deps.db, limit);
}

/**
 * The plan for undoing import `importId` (the latest when absent): the newest backup that holds no
 * import from it on, which is the one taken just before it.
 */
export function planUndo(deps: UseCaseDeps, files: DatabaseFiles, importId?: number): UndoPlan {
  const target = importId === undefined ? (recentImports(deps.db, 1)[0] ?? null) : findImport(deps.db, importId);
  if (!target) {
    throw new KubeplanError('not-found', importId === undefined ? 'no import to undo' : `no import ${importId}`);
  }
  for (const backup of listBackups(files.backupDir)) {
    let history;
    try {
      history = readBackupHistory(backup.file);
    } catch {
      continue; // not a database we can read: never a candidate
    }
    if (history.lastImportId >= target.importId) continue;
    return {
      target,
      backup,
      undoes: importsAfter(deps.db, history.lastImportId),
      planChanges: planDifferences(deps.db, history.plan),
    };
  }
  throw new KubeplanError(
    'not-found',
    `no automatic backup from before import ${target.importId} is left (only the last few are kept)`,
  );
}

/**
 * Undoes an import by restoring the backup of its plan. The caller has closed the database and opens
 * it again after; the replaced file is kept beside it (returned), so an undo can itself be undone.
 */
export function undoImport(files: DatabaseFiles, plan: UndoPlan): string | null {
  return restoreBackup(files, plan.backup.file);
}

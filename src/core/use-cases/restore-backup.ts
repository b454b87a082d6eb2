// Undo for whatever an import, a refresh or an agenda import did: put one of the automatic backups
// back in place of the database. The caller closes the database first and opens it again after.
import { KubeplanError } from '../../shared/errors';
import { listBackups, restoreBackup as putBackInPlace, type BackupInfo } from '../store/backups';

export interface DatabaseFiles {
  databasePath: string;
  /** Where the automatic backups are (backups/ beside the database). */
  backupDir: string;
}

/** The automatic backups, newest first. */
export function listRestorePoints(files: DatabaseFiles): BackupInfo[] {
  return listBackups(files.backupDir);
}

/**
 * Replaces the database file with the backup `backupFile`, which must be one kubeplan made (never an
 * arbitrary path). The replaced file is kept beside it; returns where.
 */
export function restoreBackup(files: DatabaseFiles, backupFile: string, now: Date = new Date()): string | null {
  const backup = listBackups(files.backupDir).find((b) => b.file === backupFile);
  if (!backup) throw new KubeplanError('not-found', 'no such automatic backup', backupFile);
  return putBackInPlace(files.databasePath, backup, now);
}

// One automatic backup before an import writes, so any import can be undone from the last few copies.
import { backupDirFor, createBackup, type BackupInfo } from '../store/backups';
import type { Db } from '../store/open-store';

/** Backs the database up beside itself (backups/), unless it lives only in memory. */
export function backupBeforeImport(db: Db, reason = 'before-import', now: Date = new Date()): BackupInfo | null {
  if (db.memory || db.name === ':memory:' || db.name === '') return null;
  return createBackup(db, backupDirFor(db.name), reason, now);
}

/**
 * A hook that backs up on its first call only: a refresh of many feeds is one user action and
 * gets one backup, taken just before the first write (a 304 or a failed fetch takes none).
 */
export function backupOnce(db: Db, reason = 'before-import'): () => void {
  let done = false;
  return () => {
    if (done) return;
    done = true;
    backupBeforeImport(db, reason);
  };
}

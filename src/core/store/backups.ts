// Automatic backups of the database, taken before each migration and each import, so a plan can
// always be brought back. Only the last few are kept.
import fs from 'node:fs';
import path from 'node:path';
import { errorMessage, KubeplanError } from '../../shared/errors';
import type { BackupInfo } from '../../shared/types';
import type { Db } from './db';

export const KEEP_BACKUPS = 5;

export type { BackupInfo } from '../../shared/types';

const NAME = /^kubeplan-(\d{8}T\d{6}\d{3}Z)-([a-z0-9-]+)\.db$/;

export function backupDirFor(databasePath: string): string {
  return path.join(path.dirname(databasePath), 'backups');
}

function stamp(date: Date): string {
  return date.toISOString().replace(/[-:.]/g, '');
}

function parseStamp(value: string): string {
  const m = /^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})(\d{3})Z$/.exec(value)!;
  return `${m[1]}-${m[2]}-${m[3]}T${m[4]}:${m[5]}:${m[6]}.${m[7]}Z`;
}

/** Newest first. */
export function listBackups(dir: string): BackupInfo[] {
  if (!fs.existsSync(dir)) return [];
  return fs
    .readdirSync(dir)
    .flatMap((name) => {
      const m = NAME.exec(name);
      return m ? [{ file: path.join(dir, name), createdAt: parseStamp(m[1]!), reason: m[2]! }] : [];
    })
    .sort((a, b) => b.createdAt.localeCompare(a.createdAt));
}

/**
 * Writes a consistent copy of the open database (VACUUM INTO works inside WAL mode and needs no
 * exclusive lock), then prunes all but the newest KEEP_BACKUPS.
 */
export function createBackup(db: Db, dir: string, reason: string, now: Date = new Date()): BackupInfo {
  fs.mkdirSync(dir, { recursive: true });
  const safeReason =
    reason
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-|-$/g, '') || 'backup';
  let file = path.join(dir, `kubeplan-${stamp(now)}-${safeReason}.db`);
  for (let n = 1; fs.existsSync(file); n += 1) {
    file = path.join(dir, `kubeplan-${stamp(new Date(now.getTime() + n))}-${safeReason}.db`);
  }
  try {
    db.prepare('VACUUM INTO ?').run(file);
  } catch (error) {
    throw new KubeplanError('io-error', `could not write a backup: ${errorMessage(error)}`, file);
  }
  for (const old of listBackups(dir).slice(KEEP_BACKUPS)) fs.rmSync(old.file, { force: true });
  return listBackups(dir).find((b) => b.file === file) ?? { file, createdAt: now.toISOString(), reason: safeReason };
}

/**
 * Puts a backup in place of the database file. The file being replaced is kept beside it
 * (`.replaced-<time>`), never deleted, since it may still hold something worth recovering.
 */
export function restoreBackup(databasePath: string, backup: BackupInfo, now: Date = new Date()): string | null {
  let keptAs: string | null = null;
  if (fs.existsSync(databasePath)) {
    keptAs = `${databasePath}.replaced-${stamp(now)}`;
    fs.renameSync(databasePath, keptAs);
  }
  for (const suffix of ['-wal', '-shm']) {
    const side = `${databasePath}${suffix}`;
    // The old file's journal belongs with the old file; left in place it would corrupt the restored one.
    if (fs.existsSync(side)) {
      if (keptAs) fs.renameSync(side, `${keptAs}${suffix}`);
      else fs.rmSync(side);
    }
  }
  fs.copyFileSync(backup.file, databasePath);
  return keptAs;
}

/** Backs the database up beside itself (backups/) before a write, unless it lives only in memory. */
export function backupBeforeWrite(db: Db, reason = 'before-import', now: Date = new Date()): BackupInfo | null {
  if (db.memory || db.name === ':memory:' || db.name === '') return null;
  return createBackup(db, backupDirFor(db.name), reason, now);
}

// Opens (or creates) the kubeplan database: WAL, foreign keys, migrations, clear errors for bad files.
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { errorMessage, KubeplanError } from '../../shared/errors';
import { createBackup } from './backups';
import type { Db } from './db';
import { migrate } from './migrate';
import { migrations } from './migrations/index';

export interface OpenStoreOptions {
  readonly?: boolean;
  /** Where automatic backups go; when set, one is taken before migrating an existing database. */
  backupDir?: string;
}

export function openStore(file: string, options: OpenStoreOptions = {}): Db {
  if (file !== ':memory:') {
    fs.mkdirSync(path.dirname(file), { recursive: true });
    if (!options.readonly) assertWritable(file);
  }
  let db: Db;
  try {
    db = new Database(file, { readonly: options.readonly ?? false });
  } catch (error) {
    throw new KubeplanError('database-error', `cannot open database: ${errorMessage(error)}`, file);
  }
  try {
    // Reading the header is what reveals a file that is not SQLite at all.
    db.prepare('SELECT COUNT(*) FROM sqlite_master').get();
    if (!options.readonly) db.pragma('journal_mode = WAL');
    db.pragma('foreign_keys = ON');
    db.pragma('busy_timeout = 5000');
    if (!options.readonly) {
      const backupDir = options.backupDir;
      migrate(db, migrations, file, backupDir ? () => createBackup(db, backupDir, 'before-migration') : undefined);
    }
    return db;
  } catch (error) {
    db.close();
    if (error instanceof KubeplanError) throw error;
    throw new KubeplanError('database-error', `not a usable kubeplan database: ${errorMessage(error)}`, file);
  }
}

/** A read-only file would fail on the first write, deep inside some import: say so up front. */
function assertWritable(file: string): void {
  for (const target of [file, `${file}-wal`]) {
    if (!fs.existsSync(target)) continue;
    try {
      fs.accessSync(target, fs.constants.W_OK);
      // Root may write anywhere; a file with no write bits was still meant to be left alone.
      if ((fs.statSync(target).mode & 0o222) === 0) throw new Error('no write permission bits');
    } catch {
      throw new KubeplanError(
        'database-error',
        'the database file is read-only; kubeplan needs to write to it',
        target,
      );
    }
  }
  try {
    fs.accessSync(path.dirname(file), fs.constants.W_OK);
  } catch {
    throw new KubeplanError('database-error', 'the folder holding the database is read-only', path.dirname(file));
  }
}

// Opens (or creates) the kubeplan database: WAL, foreign keys, migrations, clear errors for bad files.
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { KubeplanError } from '../../shared/errors';
import { migrate } from './migrate';
import { migrations } from './migrations/index';

export interface OpenStoreOptions {
  /** Path to an Electron-ABI build of better-sqlite3, when running inside Electron. */
  nativeBinding?: string;
  readonly?: boolean;
}

export type Db = Database.Database;

export function openStore(file: string, options: OpenStoreOptions = {}): Db {
  if (file !== ':memory:') fs.mkdirSync(path.dirname(file), { recursive: true });
  let db: Db;
  try {
    const dbOptions: Database.Options = { readonly: options.readonly ?? false };
    if (options.nativeBinding) dbOptions.nativeBinding = options.nativeBinding;
    db = new Database(file, dbOptions);
  } catch (error) {
    throw new KubeplanError('database-error', `cannot open database: ${describe(error)}`, file);
  }
  try {
    // Reading the header is what reveals a file that is not SQLite at all.
    db.pragma('journal_mode = WAL');
    db.pragma('foreign_keys = ON');
    db.pragma('busy_timeout = 5000');
    if (!options.readonly) migrate(db, migrations, file);
    return db;
  } catch (error) {
    db.close();
    if (error instanceof KubeplanError) throw error;
    throw new KubeplanError('database-error', `not a usable kubeplan database: ${describe(error)}`, file);
  }
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

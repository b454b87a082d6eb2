// The database handle every store module takes: better-sqlite3's, opened by open-store.ts.
import type Database from 'better-sqlite3';

export type Db = Database.Database;

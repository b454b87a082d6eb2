// The imports a database records and the user's plan rows, read from the open database or from an
// automatic backup (read-only): what undoing an import brings back and what it takes with it.
import Database from 'better-sqlite3';
import type { ImportEntry } from '../../shared/types';
import type { Db } from './db';

export type { ImportEntry } from '../../shared/types';

interface Row {
  id: number;
  finished_at: string;
  title: string | null;
  location: string;
  n: number;
  c: number;
  r: number;
  u: number;
}

const IMPORTS = `
  SELECT i.id, i.finished_at, s.title, s.location, i.new_count AS n, i.changed_count AS c,
         i.removed_count AS r, i.unchanged_count AS u
  FROM imports i JOIN sources s ON s.id = i.source_id`;

function entry(row: Row): ImportEntry {
  return {
    importId: row.id,
    source: row.title ?? row.location,
    finishedAt: row.finished_at,
    counts: { new: row.n, changed: row.c, removed: row.r, unchanged: row.u },
  };
}

/** The most recent imports, newest first. */
export function recentImports(db: Db, limit = 10): ImportEntry[] {
  return db.prepare<[number], Row>(`${IMPORTS} ORDER BY i.id DESC LIMIT ?`).all(limit).map(entry);
}

/** The imports after `importId` (those a backup taken before them does not hold), oldest first. */
export function importsAfter(db: Db, importId: number): ImportEntry[] {
  return db.prepare<[number], Row>(`${IMPORTS} WHERE i.id > ? ORDER BY i.id`).all(importId).map(entry);
}

export function findImport(db: Db, importId: number): ImportEntry | null {
  const row = db.prepare<[number], Row>(`${IMPORTS} WHERE i.id = ?`).get(importId);
  return row ? entry(row) : null;
}

export interface PlanRow {
  session_key: string;
  status: string | null;
  note: string | null;
}

function planRows(db: Db | Database.Database): PlanRow[] {
  return db.prepare<[], PlanRow>('SELECT session_key, status, note FROM agenda ORDER BY session_key').all();
}

/** What a backup file holds: its newest import and its plan rows. Opened read-only, never migrated. */
export function readBackupHistory(file: string): { lastImportId: number; plan: PlanRow[] } {
  const backup = new Database(file, { readonly: true, fileMustExist: true });
  try {
    const last = backup.prepare<[], { id: number | null }>('SELECT MAX(id) AS id FROM imports').get()!.id ?? 0;
    return { lastImportId: last, plan: planRows(backup) };
  } finally {
    backup.close();
  }
}

/** How many sessions' star or note differ between the open database and `plan` (what a restore would undo). */
export function planDifferences(db: Db, plan: PlanRow[]): number {
  const then = new Map(plan.map((r) => [r.session_key, `${r.status ?? ''}\u0000${r.note ?? ''}`]));
  const now = new Map(planRows(db).map((r) => [r.session_key, `${r.status ?? ''}\u0000${r.note ?? ''}`]));
  const blank = '\u0000';
  let differ = 0;
  for (const key of new Set([...then.keys(), ...now.keys()])) {
    if ((then.get(key) ?? blank) !== (now.get(key) ?? blank)) differ += 1;
  }
  return differ;
}

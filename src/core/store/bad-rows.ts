// Stored rows a read could not use (a damaged or hand-edited database): each is skipped, never the
// whole read, and remembered per database so every read command can say which (table, key, field).
import { isValidTimeZone } from '../time/zoned';
import type { Db } from './db';
import type { SessionRow } from './session-rows';

export interface BadRow {
  table: string;
  key: string;
  field: string;
  message: string;
}

const KINDS = new Set(['talk', 'keynote', 'lightning', 'workshop', 'panel', 'booth', 'break', 'other']);
const noted = new WeakMap<Db, Map<string, BadRow>>();

function instantProblem(value: unknown): string | null {
  if (value === null) return null;
  if (typeof value !== 'string' || Number.isNaN(Date.parse(value)))
    return `not a time: ${JSON.stringify(String(value)).slice(0, 60)}`;
  return null;
}

// Checking a zone builds an Intl formatter: once per zone name.
const zoneOk = new Map<string, boolean>();

/** What is wrong with a sessions row, or null when every field reads. */
export function checkSessionRow(row: SessionRow): BadRow | null {
  const bad = (field: string, message: string): BadRow => ({
    table: 'sessions',
    key: String(row.session_key),
    field,
    message,
  });
  if (typeof row.session_key !== 'string' || row.session_key === '') return bad('session_key', 'no key');
  if (typeof row.title !== 'string' || row.title.trim() === '')
    return bad('title', row.title === null ? 'NULL' : 'not text');
  if (typeof row.kind !== 'string' || !KINDS.has(row.kind))
    return bad('kind', `unknown kind ${JSON.stringify(String(row.kind)).slice(0, 40)}`);
  for (const field of ['start_utc', 'end_utc'] as const) {
    const problem = instantProblem(row[field]);
    if (problem) return bad(field, problem);
  }
  if (row.day !== null && (typeof row.day !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(row.day)))
    return bad('day', 'not a YYYY-MM-DD day');
  if (row.time_zone !== null) {
    const zone = String(row.time_zone);
    let ok = zoneOk.get(zone);
    if (ok === undefined) zoneOk.set(zone, (ok = zone === 'UTC' || isValidTimeZone(zone)));
    if (!ok) return bad('time_zone', `unknown time zone ${JSON.stringify(zone).slice(0, 60)}`);
  }
  for (const field of ['url', 'room', 'abstract', 'event', 'track'] as const) {
    if (row[field] !== null && typeof row[field] !== 'string') return bad(field, 'not text');
  }
  return null;
}

/** Remembers a bad row of this database (once per table, key and field). */
export function noteBadRow(db: Db, row: BadRow): void {
  let rows = noted.get(db);
  if (!rows) noted.set(db, (rows = new Map()));
  rows.set(`${row.table}\u0000${row.key}\u0000${row.field}`, row);
}

/** The bad rows reads of this database skipped so far, and forgets them. */
export function takeBadRows(db: Db): BadRow[] {
  const rows = [...(noted.get(db)?.values() ?? [])];
  noted.delete(db);
  return rows;
}

/** "sessions row "k1", field start_utc: not a time" — how a command names a skipped row. */
export function describeBadRow(row: BadRow): string {
  return `skipped a bad stored row: ${row.table} "${row.key.slice(0, 80)}", field ${row.field}: ${row.message}`;
}

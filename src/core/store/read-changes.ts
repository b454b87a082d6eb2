// Reads what one import changed, per session, for the Changes view: starred sessions first.
import type {
  AgendaStatus,
  ChangeKind,
  ImportChanges,
  ImportHistoryEntry,
  SessionChangeEntry,
  SessionStatus,
} from '../../shared/types';
import { inZone } from '../time/zoned';
import type { Db } from './db';
import { findImport } from './import-history';

interface Row {
  session_key: string;
  change: ChangeKind;
  old_value: string | null;
  new_value: string | null;
  title: string | null;
  status: SessionStatus | null;
  day: string | null;
  start_utc: string | null;
  room: string | null;
  time_zone: string | null;
  agenda: AgendaStatus | null;
}

const CHANGE_ROWS = `
  SELECT c.session_key, c.change, c.old_value, c.new_value, s.title, s.status, s.day, s.start_utc, s.room,
         s.time_zone, a.status AS agenda
  FROM changes c LEFT JOIN sessions s ON s.session_key = c.session_key
  LEFT JOIN agenda a ON a.session_key = c.session_key`;

/** Groups change rows (in order) into one entry per session. */
function entriesOf(rows: Row[]): SessionChangeEntry[] {
  const entries = new Map<string, SessionChangeEntry>();
  for (const row of rows) {
    let entry = entries.get(row.session_key);
    if (!entry) {
      entry = {
        sessionKey: row.session_key,
        title: row.title ?? row.old_value ?? row.session_key,
        agenda: row.agenda,
        status: row.status ?? 'removed',
        date: row.day,
        start: row.start_utc ? inZone(row.start_utc, row.time_zone) : null,
        room: row.room,
        timeZone: row.time_zone,
        changes: [],
      };
      entries.set(row.session_key, entry);
    }
    entry.changes.push({ change: row.change, oldValue: row.old_value, newValue: row.new_value });
  }
  return [...entries.values()];
}

/** The changes of `importId`, or of the most recent import that changed anything; null when none. */
export function readImportChanges(db: Db, importId?: number): ImportChanges | null {
  const target =
    importId ?? db.prepare<[], { id: number }>('SELECT MAX(import_id) AS id FROM changes').get()?.id ?? null;
  if (target == null) return null;
  const meta = findImport(db, target);
  if (!meta) return null;
  const rows = db.prepare<[number], Row>(`${CHANGE_ROWS} WHERE c.import_id = ? ORDER BY c.id`).all(target);
  // Starred sessions first: a change to a talk you planned to attend is the one you must not miss.
  const rank = (e: SessionChangeEntry) => (e.agenda === 'going' ? 0 : e.agenda === 'maybe' ? 1 : 2);
  const sorted = entriesOf(rows).sort(
    (a, b) =>
      rank(a) - rank(b) ||
      Number(a.changes[0]!.change === 'new') - Number(b.changes[0]!.change === 'new') ||
      a.title.localeCompare(b.title),
  );
  return {
    ...meta,
    entries: sorted,
  };
}

/** The imports that recorded changes, newest first, each with how many sessions it changed and how many are starred. */
export function importHistory(db: Db, limit = 30): ImportHistoryEntry[] {
  const rows = db
    .prepare<[number], { import_id: number; changed: number; added: number; starred: number }>(
      `
      SELECT c.import_id,
             COUNT(DISTINCT CASE WHEN c.change != 'new' THEN c.session_key END) AS changed,
             COUNT(DISTINCT CASE WHEN c.change = 'new' THEN c.session_key END) AS added,
             COUNT(DISTINCT CASE WHEN c.change != 'new' AND a.status IS NOT NULL THEN c.session_key END) AS starred
      FROM changes c LEFT JOIN agenda a ON a.session_key = c.session_key
      GROUP BY c.import_id ORDER BY c.import_id DESC LIMIT ?`,
    )
    .all(limit);
  return rows.flatMap((row) => {
    const entry = findImport(db, row.import_id);
    return entry
      ? [{ ...entry, changedSessions: row.changed, newSessions: row.added, starredChanged: row.starred }]
      : [];
  });
}

/**
 * Each session's changes on the last import that changed it (the rule of the catalogue's change marks),
 * new sessions left out: what an agenda card shows of a starred session that moved.
 */
export function latestChanges(db: Db): SessionChangeEntry[] {
  const rows = db
    .prepare<[], Row>(
      `${CHANGE_ROWS}
      WHERE c.change != 'new'
        AND c.import_id = (SELECT MAX(c2.import_id) FROM changes c2 WHERE c2.session_key = c.session_key)
      ORDER BY c.id`,
    )
    .all();
  return entriesOf(rows);
}

// Reads what one import changed, per session, for the Changes view: starred sessions first.
import type { AgendaStatus, ChangeKind, ImportChanges, SessionChangeEntry, SessionStatus } from '../../shared/types';
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
  start_utc: string | null;
  time_zone: string | null;
  agenda: AgendaStatus | null;
}

/** The changes of `importId`, or of the most recent import that changed anything; null when none. */
export function readImportChanges(db: Db, importId?: number): ImportChanges | null {
  const target =
    importId ?? db.prepare<[], { id: number }>('SELECT MAX(import_id) AS id FROM changes').get()?.id ?? null;
  if (target == null) return null;
  const meta = findImport(db, target);
  if (!meta) return null;
  const rows = db
    .prepare<[number], Row>(
      `
      SELECT c.session_key, c.change, c.old_value, c.new_value, s.title, s.status, s.start_utc, s.time_zone,
             a.status AS agenda
      FROM changes c LEFT JOIN sessions s ON s.session_key = c.session_key LEFT JOIN agenda a ON a.session_key = c.session_key
      WHERE c.import_id = ? ORDER BY c.id`,
    )
    .all(target);
  const entries = new Map<string, SessionChangeEntry>();
  for (const row of rows) {
    let entry = entries.get(row.session_key);
    if (!entry) {
      entry = {
        sessionKey: row.session_key,
        title: row.title ?? row.old_value ?? row.session_key,
        agenda: row.agenda,
        status: row.status ?? 'removed',
        start: row.start_utc ? inZone(row.start_utc, row.time_zone) : null,
        timeZone: row.time_zone,
        changes: [],
      };
      entries.set(row.session_key, entry);
    }
    entry.changes.push({ change: row.change, oldValue: row.old_value, newValue: row.new_value });
  }
  // Starred sessions first: a change to a talk you planned to attend is the one you must not miss.
  const rank = (e: SessionChangeEntry) => (e.agenda === 'going' ? 0 : e.agenda === 'maybe' ? 1 : 2);
  const sorted = [...entries.values()].sort(
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

// Pinned sessions and applied plans (the agenda rows a plan changed, as they were, so it can be undone).
import type { PlanApplication } from '../../shared/planning-types';
import type { AgendaStatus } from '../../shared/types';
import type { Db } from './db';

export function listPins(db: Db): Set<string> {
  return new Set(
    db
      .prepare<[], { session_key: string }>('SELECT session_key FROM plan_pins')
      .all()
      .map((r) => r.session_key),
  );
}

export function setPinned(db: Db, sessionKey: string, pinned: boolean, now: Date): void {
  if (pinned) {
    db.prepare('INSERT INTO plan_pins (session_key, pinned_at) VALUES (?, ?) ON CONFLICT DO NOTHING').run(
      sessionKey,
      now.toISOString(),
    );
  } else db.prepare('DELETE FROM plan_pins WHERE session_key = ?').run(sessionKey);
}

/** An agenda row as it was before a plan changed it; null fields mean there was no row. */
export interface AgendaBefore {
  sessionKey: string;
  status: AgendaStatus | null;
  note: string | null;
  updatedAt: string | null;
}

export function readAgendaRows(db: Db, sessionKeys: readonly string[]): AgendaBefore[] {
  const get = db.prepare<[string], { status: AgendaStatus | null; note: string | null; updated_at: string }>(
    'SELECT status, note, updated_at FROM agenda WHERE session_key = ?',
  );
  return sessionKeys.map((sessionKey) => {
    const row = get.get(sessionKey);
    return { sessionKey, status: row?.status ?? null, note: row?.note ?? null, updatedAt: row?.updated_at ?? null };
  });
}

/** Puts agenda rows back exactly as they were (a row that did not exist is deleted). */
export function restoreAgendaRows(db: Db, rows: readonly AgendaBefore[]): void {
  for (const row of rows) {
    if (row.updatedAt === null) db.prepare('DELETE FROM agenda WHERE session_key = ?').run(row.sessionKey);
    else
      db.prepare(
        `INSERT INTO agenda (session_key, status, note, updated_at) VALUES (?, ?, ?, ?)
         ON CONFLICT (session_key) DO UPDATE SET status = excluded.status, note = excluded.note,
           updated_at = excluded.updated_at`,
      ).run(row.sessionKey, row.status, row.note, row.updatedAt);
  }
}

export function recordApplication(
  db: Db,
  before: readonly AgendaBefore[],
  counts: { dropped: number; added: number },
  now: Date,
): PlanApplication {
  const appliedAt = now.toISOString();
  const { lastInsertRowid } = db
    .prepare('INSERT INTO plan_applications (applied_at, before, dropped, added) VALUES (?, ?, ?, ?)')
    .run(appliedAt, JSON.stringify(before), counts.dropped, counts.added);
  return { id: Number(lastInsertRowid), appliedAt, ...counts };
}

/** The latest applied plan not yet undone, with the rows to put back. */
export function lastApplication(db: Db): (PlanApplication & { before: AgendaBefore[] }) | null {
  const row = db
    .prepare<[], { id: number; applied_at: string; before: string; dropped: number; added: number }>(
      'SELECT id, applied_at, before, dropped, added FROM plan_applications WHERE undone_at IS NULL ORDER BY id DESC LIMIT 1',
    )
    .get();
  if (!row) return null;
  return {
    id: row.id,
    appliedAt: row.applied_at,
    dropped: row.dropped,
    added: row.added,
    before: JSON.parse(row.before) as AgendaBefore[],
  };
}

export function markUndone(db: Db, id: number, now: Date): void {
  db.prepare('UPDATE plan_applications SET undone_at = ? WHERE id = ?').run(now.toISOString(), id);
}

// Reads the catalogue as SessionViews: merged sessions with speakers, agenda state and last changes.
import { KubeplanError } from '../../shared/errors';
import type { AgendaStatus, ChangeKind, SessionView, SpeakerRef } from '../../shared/types';
import { checkSessionRow, noteBadRow } from './bad-rows';
import type { Db } from './db';
import { SESSION_SELECT, rowToRecord, type SessionRow } from './session-rows';

export interface ListOptions {
  includeRemoved?: boolean;
  /** Breaks and logistics (badge pick-up, cloakroom) are not sessions; the catalogue hides them by default. */
  includeNonSessions?: boolean;
}

export const NON_SESSION_KINDS = ['break', 'other'] as const;

function groupBy<T, K>(rows: T[], key: (row: T) => K): Map<K, T[]> {
  const map = new Map<K, T[]>();
  for (const row of rows) {
    const k = key(row);
    const list = map.get(k);
    if (list) list.push(row);
    else map.set(k, [row]);
  }
  return map;
}

// One rule everywhere: a break or logistics entry the user starred is part of their plan, so the
// agenda, every export and the catalogue keep it; unstarred ones stay hidden.
const NOT_A_NON_SESSION_UNLESS_STARRED = `(s.kind NOT IN (${NON_SESSION_KINDS.map((k) => `'${k}'`).join(', ')})
  OR s.session_key IN (SELECT session_key FROM agenda WHERE status IS NOT NULL))`;

function whereClause(options: ListOptions): string {
  const conditions = [
    ...(options.includeRemoved ? [] : ["s.status = 'active'"]),
    ...(options.includeNonSessions ? [] : [NOT_A_NON_SESSION_UNLESS_STARRED]),
  ];
  return conditions.length > 0 ? `WHERE ${conditions.join(' AND ')}` : '';
}

/** How many sessions listSessions would return, without reading them (the start-up status asks this). */
export function countSessions(db: Db, options: ListOptions = {}): number {
  return (
    db
      .prepare<[], number>(`SELECT COUNT(*) FROM sessions s ${whereClause(options)}`)
      .pluck()
      .get() ?? 0
  );
}

export function listSessions(db: Db, options: ListOptions = {}): SessionView[] {
  return readSessions(db, options, null);
}

export interface PageRequest extends ListOptions {
  offset: number;
  /** How many sessions at most; null for all from `offset` on. */
  limit: number | null;
}

export interface SessionPage {
  /** How many sessions the whole list holds (what countSessions says). */
  total: number;
  sessions: SessionView[];
}

/**
 * A slice of listSessions, in its order: the window asks for the first screen's rows before the rest,
 * so it draws without waiting for the whole catalogue.
 */
export function listSessionsPage(db: Db, { offset, limit, ...options }: PageRequest): SessionPage {
  return db.transaction(() => ({
    total: countSessions(db, options),
    sessions: readSessions(db, options, { offset, limit }),
  }))();
}

// A page this small reads the speakers, agenda and changes of its own sessions only; a larger one
// reads the whole tables, which is faster than a long key list.
const SMALL_PAGE = 500;

function readSessions(
  db: Db,
  options: ListOptions,
  page: { offset: number; limit: number | null } | null,
): SessionView[] {
  const where = whereClause(options);
  // The order is that of the sessions_list_order index (migration 5): keep the two the same.
  const slice = page ? `LIMIT ${page.limit ?? -1} OFFSET ${page.offset}` : '';
  const all = db
    .prepare<[], SessionRow>(
      `${SESSION_SELECT} ${where}
       ORDER BY s.day IS NULL, s.day, s.start_utc IS NULL, s.start_utc, s.title COLLATE NOCASE, s.session_key ${slice}`,
    )
    .all();
  // One damaged row must not lock the user out of the rest: skip it, and let the command say which.
  const rows = all.filter((row) => {
    const bad = checkSessionRow(row);
    if (bad) noteBadRow(db, bad);
    return !bad;
  });
  const small = page !== null && rows.length <= SMALL_PAGE;
  const keys: string[] = small ? [JSON.stringify(rows.map((row) => row.session_key))] : [];
  const only = (column: string) => (small ? `WHERE ${column} IN (SELECT value FROM json_each(?))` : '');
  const speakers = groupBy(
    db
      .prepare<string[], { session_key: string; name: string; affiliation: string | null }>(
        `
        SELECT ss.session_key, sp.name, COALESCE(ss.affiliation, sp.affiliation) AS affiliation
        FROM session_speakers ss JOIN speakers sp ON sp.id = ss.speaker_id ${only('ss.session_key')}
        ORDER BY ss.session_key, ss.position`,
      )
      .all(...keys),
    (row) => row.session_key,
  );
  const agenda = new Map(
    db
      .prepare<string[], { session_key: string; status: AgendaStatus | null; note: string | null }>(
        `SELECT session_key, status, note FROM agenda ${only('session_key')}`,
      )
      .all(...keys)
      .map((row) => [row.session_key, row]),
  );
  const sourceItems = new Map(
    db
      .prepare<string[], { session_key: string; item: string | null }>(
        `
        SELECT session_key, MIN(json_extract(record, '$.sourceItem')) AS item FROM session_sources
        ${only('session_key')} GROUP BY session_key`,
      )
      .all(...keys)
      .map((row) => [row.session_key, row.item]),
  );
  const changes = groupBy(
    db
      .prepare<string[], { session_key: string; change: ChangeKind }>(
        `
        SELECT c.session_key, c.change FROM changes c
        WHERE c.import_id = (SELECT MAX(c2.import_id) FROM changes c2 WHERE c2.session_key = c.session_key)
        ${small ? 'AND c.session_key IN (SELECT value FROM json_each(?))' : ''}`,
      )
      .all(...keys),
    (row) => row.session_key,
  );
  return rows.map((row) => {
    const people: SpeakerRef[] = (speakers.get(row.session_key) ?? []).map(({ name, affiliation }) => ({
      name,
      affiliation,
    }));
    const entry = agenda.get(row.session_key);
    return {
      ...rowToRecord(row, people, sourceItems.get(row.session_key) ?? null),
      status: row.status,
      agenda: entry?.status ?? null,
      note: entry?.note ?? null,
      changes: (changes.get(row.session_key) ?? []).map((c) => c.change),
    };
  });
}

export function getSession(db: Db, sessionKey: string): SessionView {
  const found = listSessions(db, { includeRemoved: true, includeNonSessions: true }).find(
    (s) => s.sessionKey === sessionKey,
  );
  if (!found) throw new KubeplanError('not-found', `no session with key ${sessionKey}`);
  return found;
}

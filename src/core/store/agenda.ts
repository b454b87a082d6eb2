// Stars and notes in the `agenda` table, keyed by the stable session key so re-imports never touch them.
import { KubeplanError } from '../../shared/errors';
import type { AgendaEntry } from '../../shared/agenda-types';
import type { AgendaStatus, SessionView } from '../../shared/types';
import type { Db } from './db';
import { listSessions } from './read-sessions';

export const MAX_NOTE_LENGTH = 10_000;

interface AgendaRow {
  session_key: string;
  status: AgendaStatus | null;
  note: string | null;
  updated_at: string;
}

function toEntry(row: AgendaRow): AgendaEntry {
  return { sessionKey: row.session_key, status: row.status, note: row.note, updatedAt: row.updated_at };
}

/** The session's title; an unknown key is refused by name. */
function requireSession(db: Db, sessionKey: string): string {
  const found = db
    .prepare<[string], { title: string }>('SELECT title FROM sessions WHERE session_key = ?')
    .get(sessionKey);
  if (!found) throw new KubeplanError('not-found', `no session with key ${sessionKey}`, 'sessionKey');
  return found.title;
}

function readEntry(db: Db, sessionKey: string): AgendaEntry | null {
  const row = db
    .prepare<[string], AgendaRow>('SELECT session_key, status, note, updated_at FROM agenda WHERE session_key = ?')
    .get(sessionKey);
  return row ? toEntry(row) : null;
}

/** Writes one row, and drops it when it holds neither a star nor a note. */
function writeEntry(
  db: Db,
  sessionKey: string,
  status: AgendaStatus | null,
  note: string | null,
  now: Date,
): AgendaEntry {
  if (status === null && note === null) {
    db.prepare('DELETE FROM agenda WHERE session_key = ?').run(sessionKey);
    return { sessionKey, status: null, note: null, updatedAt: now.toISOString() };
  }
  db.prepare(
    `INSERT INTO agenda (session_key, status, note, updated_at) VALUES (?, ?, ?, ?)
     ON CONFLICT (session_key) DO UPDATE SET status = excluded.status, note = excluded.note,
       updated_at = excluded.updated_at`,
  ).run(sessionKey, status, note, now.toISOString());
  return readEntry(db, sessionKey)!;
}

export function setStar(db: Db, sessionKey: string, status: AgendaStatus | null, now: Date = new Date()): AgendaEntry {
  return db.transaction(() => {
    requireSession(db, sessionKey);
    return writeEntry(db, sessionKey, status, readEntry(db, sessionKey)?.note ?? null, now);
  })();
}

export function setNote(db: Db, sessionKey: string, note: string | null, now: Date = new Date()): AgendaEntry {
  const cleaned = note === null || note.trim() === '' ? null : note.trim();
  if (cleaned !== null && cleaned.length > MAX_NOTE_LENGTH) {
    throw new KubeplanError('invalid-argument', `a note holds at most ${MAX_NOTE_LENGTH} characters`, 'note');
  }
  return db.transaction(() => {
    requireSession(db, sessionKey);
    return writeEntry(db, sessionKey, readEntry(db, sessionKey)?.status ?? null, cleaned, now);
  })();
}

/** Sets one star level (or none) on several sessions in one transaction; an unknown key changes nothing. */
export function setStarsTo(
  db: Db,
  sessionKeys: readonly string[],
  status: AgendaStatus | null,
  now: Date = new Date(),
): { entry: AgendaEntry; title: string }[] {
  return db.transaction(() =>
    sessionKeys.map((sessionKey) => {
      const title = requireSession(db, sessionKey);
      return { entry: writeEntry(db, sessionKey, status, readEntry(db, sessionKey)?.note ?? null, now), title };
    }),
  )();
}

/** Stars many sessions at once (an .ics import): one transaction, notes kept unless a new one is given. */
export function setStars(
  db: Db,
  entries: { sessionKey: string; status: AgendaStatus; note: string | null }[],
  now: Date = new Date(),
): number {
  return db.transaction(() => {
    for (const entry of entries) {
      requireSession(db, entry.sessionKey);
      const old = readEntry(db, entry.sessionKey);
      writeEntry(db, entry.sessionKey, entry.status, entry.note ?? old?.note ?? null, now);
    }
    return entries.length;
  })();
}

export function listEntries(db: Db): AgendaEntry[] {
  return db
    .prepare<[], AgendaRow>('SELECT session_key, status, note, updated_at FROM agenda ORDER BY session_key')
    .all()
    .map(toEntry);
}

/** Starred sessions, removed ones included (they stay visible, marked), in day and time order. */
export function listStarred(
  db: Db,
  sessions: SessionView[] = listSessions(db, { includeRemoved: true }),
): SessionView[] {
  return sessions.filter((s) => s.agenda !== null);
}

/** How many times the schedule changed a session: the SEQUENCE an exported event carries. */
export function changeSequences(db: Db): Map<string, number> {
  return new Map(
    db
      .prepare<[], { session_key: string; n: number }>(
        `SELECT session_key, COUNT(DISTINCT import_id) AS n FROM changes WHERE change <> 'new' GROUP BY session_key`,
      )
      .all()
      .map((row) => [row.session_key, row.n]),
  );
}

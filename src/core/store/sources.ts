// The sources table: each feed, organizer file or bundled document, with its fetch status.
import type { SourceDescriptor, SourceView } from '../../shared/types';
import type { Db } from './db';

export function upsertSource(
  db: Db,
  source: SourceDescriptor,
  now: string,
  fetchMeta?: { etag?: string | null; lastModified?: string | null },
): number {
  const row = db
    .prepare<[string, string, string | null, string, string | null, string | null, string], { id: number }>(
      `
      INSERT INTO sources (kind, location, title, created_at, etag, last_modified, last_fetched_at, last_status)
      VALUES (?, ?, ?, ?, ?, ?, ?, 'ok')
      ON CONFLICT (location) DO UPDATE SET
        kind = excluded.kind, title = COALESCE(excluded.title, sources.title),
        etag = excluded.etag, last_modified = excluded.last_modified,
        last_fetched_at = excluded.last_fetched_at, last_status = 'ok', last_error = NULL
      RETURNING id`,
    )
    .get(
      source.kind,
      source.location,
      source.title,
      now,
      fetchMeta?.etag ?? null,
      fetchMeta?.lastModified ?? null,
      now,
    )!;
  return row.id;
}

/** Records a failed fetch or parse on the source without touching any session. */
export function recordSourceError(db: Db, source: SourceDescriptor, message: string, now: string): void {
  db.prepare(
    `
    INSERT INTO sources (kind, location, title, created_at, last_fetched_at, last_status, last_error)
    VALUES (?, ?, ?, ?, ?, 'error', ?)
    ON CONFLICT (location) DO UPDATE SET last_fetched_at = excluded.last_fetched_at,
      last_status = 'error', last_error = excluded.last_error`,
  ).run(source.kind, source.location, source.title, now, now, message);
}

export function listSources(db: Db): SourceView[] {
  return db
    .prepare<
      [],
      {
        id: number;
        kind: SourceView['kind'];
        location: string;
        title: string | null;
        last_fetched_at: string | null;
        last_status: SourceView['lastStatus'];
        last_error: string | null;
        session_count: number;
      }
    >(
      `
      SELECT s.id, s.kind, s.location, s.title, s.last_fetched_at, s.last_status, s.last_error,
             (SELECT COUNT(*) FROM session_sources ss WHERE ss.source_id = s.id) AS session_count
      FROM sources s ORDER BY s.id`,
    )
    .all()
    .map((row) => ({
      id: row.id,
      kind: row.kind,
      location: row.location,
      title: row.title,
      lastFetchedAt: row.last_fetched_at,
      lastStatus: row.last_status,
      lastError: row.last_error,
      sessionCount: row.session_count,
    }));
}

export interface StoredSource {
  id: number;
  kind: SourceView['kind'];
  location: string;
  title: string | null;
  etag: string | null;
  lastModified: string | null;
  sessionCount: number;
}

const STORED_SOURCE = `
  SELECT s.id, s.kind, s.location, s.title, s.etag, s.last_modified AS lastModified,
         (SELECT COUNT(*) FROM session_sources ss WHERE ss.source_id = s.id) AS sessionCount
  FROM sources s`;

export function findSource(db: Db, location: string): StoredSource | null {
  return db.prepare<[string], StoredSource>(`${STORED_SOURCE} WHERE s.location = ?`).get(location) ?? null;
}

export function findSourceById(db: Db, id: number): StoredSource | null {
  return db.prepare<[number], StoredSource>(`${STORED_SOURCE} WHERE s.id = ?`).get(id) ?? null;
}

/** An unchanged feed (HTTP 304): only the fetch time and status move; no session is touched. */
export function recordSourceNotModified(db: Db, id: number, now: string): void {
  db.prepare(`UPDATE sources SET last_fetched_at = ?, last_status = 'ok', last_error = NULL WHERE id = ?`).run(now, id);
}

/** Feeds and bundled documents: the sources a refresh re-reads (organizer schedules are imported again instead). */
export function listFeedSources(db: Db): SourceView[] {
  return listSources(db).filter((s) => s.kind === 'feed' || s.kind === 'bundled');
}

/** A database no source ever wrote to: the first launch. */
export function hasSources(db: Db): boolean {
  return db.prepare<[], { n: number }>('SELECT COUNT(*) AS n FROM sources').get()!.n > 0;
}

/** True while the only sources are the bundled example feed (or none): the user has not added their own yet. */
export function onlyBundledSources(db: Db): boolean {
  return db.prepare<[], { n: number }>("SELECT COUNT(*) AS n FROM sources WHERE kind != 'bundled'").get()!.n === 0;
}

/** Forgets a source; its provenance rows go with it (ON DELETE CASCADE). */
export function deleteSource(db: Db, id: number): void {
  db.prepare('DELETE FROM sources WHERE id = ?').run(id);
}

/** How many sessions a source listed on its last import (0 for a source never imported): what a removal share is of. */
export function sourceSessionCount(db: Db, location: string): number {
  return db
    .prepare<[string], { n: number }>(
      `SELECT COUNT(DISTINCT ss.session_key) AS n FROM session_sources ss JOIN sources s ON s.id = ss.source_id
       WHERE s.location = ?`,
    )
    .get(location)!.n;
}

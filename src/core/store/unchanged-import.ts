// Recognizes a re-import that changes nothing (the same file or feed again) before any per-field work,
// so it costs little more than the parse: no session is read, merged or rewritten, no provenance row
// is rewritten and no backup is taken; only the source's fetch status and the import history move.
import type { ImportBatch, ImportResult, SessionRecord } from '../../shared/types';
import type { Db } from './db';
import { upsertSource } from './sources';

/**
 * The number of sessions the batch would leave unchanged, when that is all it would do: the source
 * sent exactly these records last time (compared as the stored text of each normalized record), each
 * still feeds an active session that no other source also feeds (with a second source, the newer
 * import wins ties, so re-importing can change a merge), and nothing is cancelled. Else null.
 */
export function unchangedSessionCount(db: Db, batch: ImportBatch, records: SessionRecord[]): number | null {
  if ((batch.cancelled ?? []).length > 0) return null;
  const source = db
    .prepare<[string], { id: number; kind: string }>('SELECT id, kind FROM sources WHERE location = ?')
    .get(batch.source.location);
  if (!source || source.kind !== batch.source.kind) return null;
  const stored = new Map<string, { key: string; record: string }>();
  for (const row of db
    .prepare<[number], { record_id: string; session_key: string; record: string }>(
      'SELECT record_id, session_key, record FROM session_sources WHERE source_id = ?',
    )
    .all(source.id))
    stored.set(row.record_id, { key: row.session_key, record: row.record });
  if (stored.size !== records.length) return null;
  for (const record of records) if (stored.get(record.sessionKey)?.record !== JSON.stringify(record)) return null;
  const shared = db
    .prepare<[number], number>(
      `SELECT COUNT(*) FROM session_sources mine
       JOIN sessions s ON s.session_key = mine.session_key
       WHERE mine.source_id = ? AND (s.status != 'active' OR EXISTS (
         SELECT 1 FROM session_sources other WHERE other.session_key = mine.session_key AND other.source_id != mine.source_id))`,
    )
    .pluck()
    .get(source.id);
  if (shared !== 0) return null;
  return new Set([...stored.values()].map((entry) => entry.key)).size;
}

/** What applyImport writes for an unchanged re-import: the source's fetch status and an import row. */
export function recordUnchangedImport(
  db: Db,
  batch: ImportBatch,
  unchanged: number,
  now: string,
  fetchMeta?: { etag?: string | null; lastModified?: string | null },
): ImportResult {
  const sourceId = upsertSource(db, batch.source, now, fetchMeta);
  const importId = Number(
    db
      .prepare(
        `INSERT INTO imports (source_id, finished_at, new_count, changed_count, removed_count, unchanged_count)
         VALUES (?, ?, 0, 0, 0, ?)`,
      )
      .run(sourceId, now, unchanged).lastInsertRowid,
  );
  return { importId, sourceId, counts: { new: 0, changed: 0, removed: 0, unchanged } };
}

// Stores one import batch in a single transaction: provenance, merged sessions, and what changed.
import type { ChangeCounts, ChangeKind, ImportBatch, ImportResult, SessionRecord } from '../../shared/types';
import { diffRecords } from './diff-records';
import { createSessionMatcher } from './match-session';
import { normalizeRecord } from './normalize-record';
import { mergeDuplicates, mergeRecords, type SourcedRecord } from './merge-records';
import type { Db } from './db';
import { createSessionReader, createSessionWriter, rowToRecord } from './session-rows';
import { upsertSource } from './sources';
import { recordUnchangedImport, unchangedSessionCount } from './unchanged-import';

export interface ApplyOptions {
  now?: () => Date;
  fetchMeta?: { etag?: string | null; lastModified?: string | null };
  /**
   * Runs just before the transaction opens (the automatic backup): only an import that got this far
   * writes, so a file that fails to parse or validate uses up no backup.
   */
  beforeWrite?: () => void;
}

/** True when writing `next` would store exactly what `old` already holds. */
function sameStoredFields(old: SessionRecord, next: SessionRecord): boolean {
  return (
    diffRecords(old, next).length === 0 &&
    old.url === next.url &&
    old.abstract === next.abstract &&
    old.event === next.event &&
    old.timeZone === next.timeZone
  );
}

export function applyImport(db: Db, batch: ImportBatch, options: ApplyOptions = {}): ImportResult {
  // The same records again: nothing about any session changes, so no backup and no session writes.
  const unchanged = db.transaction(() => {
    const count = unchangedSessionCount(db, batch, mergeDuplicates(batch.sessions.map(normalizeRecord)));
    if (count === null) return null;
    const now = (options.now ?? (() => new Date()))().toISOString();
    return recordUnchangedImport(db, batch, count, now, options.fetchMeta);
  })();
  if (unchanged) return unchanged;
  options.beforeWrite?.();
  return db.transaction((): ImportResult => applyInTransaction(db, batch, options))();
}

function applyInTransaction(db: Db, batch: ImportBatch, options: ApplyOptions): ImportResult {
  const now = (options.now ?? (() => new Date()))().toISOString();
  const sourceId = upsertSource(db, batch.source, now, options.fetchMeta);
  const previous = new Map<string, string>();
  for (const row of db
    .prepare<[number], { record_id: string; session_key: string }>(
      'SELECT record_id, session_key FROM session_sources WHERE source_id = ?',
    )
    .all(sourceId))
    previous.set(row.record_id, row.session_key);
  const cancelledIds = new Set(batch.cancelled ?? []);
  const cancelledKeys = new Set([...previous].filter(([id]) => cancelledIds.has(id)).map(([, key]) => key));

  const records = mergeDuplicates(batch.sessions.map(normalizeRecord));
  const matcher = createSessionMatcher(db, records);
  const incoming = new Map<string, SessionRecord[]>();
  // Records this source sent before keep their sessions first, so that no new record of the batch
  // can take one of those by title.
  const known = records.filter((r) => previous.has(r.sessionKey));
  const fresh = records.filter((r) => !previous.has(r.sessionKey));
  for (const record of [...known, ...fresh]) {
    const key = matcher.resolve(record, previous.get(record.sessionKey));
    const group = incoming.get(key);
    if (group) group.push(record);
    else incoming.set(key, [record]);
  }
  const affected = new Set([...previous.values(), ...incoming.keys()]);

  const reader = createSessionReader(db);
  // What other sources say about a session; a key with no session row has no provenance at all.
  const otherSources = db.prepare<
    [string, number],
    { kind: SourcedRecord['sourceKind']; seen_at: string; record: string }
  >(`
    SELECT src.kind, ss.seen_at, ss.record FROM session_sources ss JOIN sources src ON src.id = ss.source_id
    WHERE ss.session_key = ? AND ss.source_id != ?`);
  db.prepare('DELETE FROM session_sources WHERE source_id = ?').run(sourceId);
  const insertSourced = db.prepare(
    'INSERT INTO session_sources (source_id, record_id, session_key, record, seen_at) VALUES (?, ?, ?, ?, ?)',
  );
  const writer = createSessionWriter(db);
  const importId = Number(
    db
      .prepare(
        `INSERT INTO imports (source_id, finished_at, new_count, changed_count, removed_count, unchanged_count)
         VALUES (?, ?, 0, 0, 0, 0)`,
      )
      .run(sourceId, now).lastInsertRowid,
  );
  const insertChange = db.prepare(
    'INSERT INTO changes (import_id, session_key, change, old_value, new_value) VALUES (?, ?, ?, ?, ?)',
  );
  const counts: ChangeCounts = { new: 0, changed: 0, removed: 0, unchanged: 0 };
  const recordChange = (key: string, change: ChangeKind, oldValue: string | null, newValue: string | null) =>
    insertChange.run(importId, key, change, oldValue, newValue);
  const kind = batch.source.kind;

  for (const key of affected) {
    const row = matcher.exists(key) ? reader.row(key) : undefined;
    // What the catalogue showed before this import, to tell new, changed and removed apart.
    const old = row && row.status === 'active' ? rowToRecord(row, reader.speakers(key), null) : null;
    const mine = incoming.get(key) ?? [];
    // This import's records go first: mergeRecords sorts stably, so when another source was seen in
    // the same millisecond (fast back-to-back imports) the newest import still wins the tie, and
    // repeating it changes nothing.
    const sourced: SourcedRecord[] = mine.map((record) => ({ sourceKind: kind, seenAt: now, record }));
    if (row) {
      for (const s of otherSources.all(key, sourceId)) {
        sourced.push({ sourceKind: s.kind, seenAt: s.seen_at, record: JSON.parse(s.record) as SessionRecord });
      }
    }
    if (sourced.length === 0) {
      if (old) {
        writer.markRemoved(key, now);
        const cancelled = cancelledKeys.has(key);
        recordChange(key, cancelled ? 'cancelled' : 'removed', old.title, null);
        counts.removed += 1;
      }
      continue;
    }
    const merged = mergeRecords(key, sourced);
    // The session row must exist before provenance can point at it.
    if (!old || !sameStoredFields(old, merged)) writer.write(merged, now, !row);
    for (const record of mine) insertSourced.run(sourceId, record.sessionKey, key, JSON.stringify(record), now);
    if (!old) {
      recordChange(key, 'new', null, merged.title);
      counts.new += 1;
      continue;
    }
    const diffs = diffRecords(old, merged);
    for (const diff of diffs) recordChange(key, diff.change, diff.oldValue, diff.newValue);
    if (diffs.length > 0) counts.changed += 1;
    else counts.unchanged += 1;
  }
  db.prepare(
    'UPDATE imports SET new_count = ?, changed_count = ?, removed_count = ?, unchanged_count = ? WHERE id = ?',
  ).run(counts.new, counts.changed, counts.removed, counts.unchanged, importId);
  return { importId, sourceId, counts };
}

const ROLLBACK = Symbol('dry run');

/** What applying the batch would do, with exact counts: the import runs and is rolled back. */
export function dryRunImport(db: Db, batch: ImportBatch, options: ApplyOptions = {}): ImportResult {
  return dryRunInspect(db, batch, options, (result) => result);
}

/**
 * The dry run, with `inspect` reading the database as the import left it, before the rollback (what
 * the import would do to the user's plan is read from the change log it wrote).
 */
export function dryRunInspect<T>(
  db: Db,
  batch: ImportBatch,
  options: ApplyOptions,
  inspect: (result: ImportResult) => T,
): T {
  let seen: { value: T } | null = null;
  try {
    db.transaction(() => {
      seen = { value: inspect(applyInTransaction(db, batch, options)) };
      throw ROLLBACK;
    })();
  } catch (error) {
    if (error !== ROLLBACK) throw error;
  }
  return (seen as { value: T } | null)!.value;
}

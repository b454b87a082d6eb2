// Stores one import batch in a single transaction: provenance, merged sessions, and what changed.
import type { ChangeCounts, ChangeKind, ImportBatch, ImportResult, SessionRecord } from '../../shared/types';
import { diffRecords } from './diff-records';
import { createSessionMatcher } from './match-session';
import { normalizeRecord } from './normalize-record';
import { mergeRecords, type SourcedRecord } from './merge-records';
import type { Db } from './open-store';
import { createSessionReader, createSessionWriter, rowToRecord } from './session-rows';
import { upsertSource } from './sources';

export interface ApplyOptions {
  now?: () => Date;
  fetchMeta?: { etag?: string | null; lastModified?: string | null };
}

/** Duplicate records of one session within a batch (a post linking a talk twice) become one. */
function dedupe(records: SessionRecord[]): SessionRecord[] {
  const byId = new Map<string, SessionRecord[]>();
  for (const record of records) byId.set(record.id, [...(byId.get(record.id) ?? []), record]);
  return [...byId.entries()].map(([id, group]) =>
    group.length === 1
      ? group[0]!
      : mergeRecords(
          id,
          group.map((record) => ({ sourceKind: 'feed', seenAt: '', record })),
        ),
  );
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
  const now = (options.now ?? (() => new Date()))().toISOString();
  return db.transaction((): ImportResult => {
    const sourceId = upsertSource(db, batch.source, now, options.fetchMeta);
    const previous = new Map(
      db
        .prepare<[number], { record_id: string; session_key: string }>(
          'SELECT record_id, session_key FROM session_sources WHERE source_id = ?',
        )
        .all(sourceId)
        .map((row) => [row.record_id, row.session_key]),
    );
    const matcher = createSessionMatcher(db);
    db.prepare('DELETE FROM session_sources WHERE source_id = ?').run(sourceId);
    const insertSourced = db.prepare(
      'INSERT INTO session_sources (source_id, record_id, session_key, record, seen_at) VALUES (?, ?, ?, ?, ?)',
    );
    const writer = createSessionWriter(db);
    const reader = createSessionReader(db);
    const incoming = dedupe(batch.sessions.map(normalizeRecord)).map((record) => ({
      record,
      key: matcher.resolve(record, previous.get(record.id)),
    }));
    const affected = new Set([...previous.values(), ...incoming.map((i) => i.key)]);
    // What the catalogue showed before this import, to tell new, changed and removed apart.
    const before = new Map<string, SessionRecord | null>();
    for (const key of affected) {
      const row = reader.row(key);
      before.set(key, row && row.status === 'active' ? rowToRecord(row, reader.speakers(key), null) : null);
    }
    for (const { record, key } of incoming) {
      // The session row must exist before provenance can point at it.
      if (!reader.row(key)) writer.write({ ...record, id: key }, now);
      insertSourced.run(sourceId, record.id, key, JSON.stringify(record), now);
    }

    const importId = Number(
      db
        .prepare(
          `INSERT INTO imports (source_id, finished_at, new_count, changed_count, removed_count, unchanged_count)
           VALUES (?, ?, 0, 0, 0, 0)`,
        )
        .run(sourceId, now).lastInsertRowid,
    );
    const sourcedFor = db.prepare<[string], { kind: SourcedRecord['sourceKind']; seen_at: string; record: string }>(`
      SELECT src.kind, ss.seen_at, ss.record FROM session_sources ss JOIN sources src ON src.id = ss.source_id
      WHERE ss.session_key = ?`);
    const insertChange = db.prepare(
      'INSERT INTO changes (import_id, session_key, change, old_value, new_value) VALUES (?, ?, ?, ?, ?)',
    );
    const counts: ChangeCounts = { new: 0, changed: 0, removed: 0, unchanged: 0 };
    const recordChange = (key: string, change: ChangeKind, oldValue: string | null, newValue: string | null) =>
      insertChange.run(importId, key, change, oldValue, newValue);

    for (const key of affected) {
      const old = before.get(key) ?? null;
      const sourced = sourcedFor.all(key).map((s) => ({
        sourceKind: s.kind,
        seenAt: s.seen_at,
        record: JSON.parse(s.record) as SessionRecord,
      }));
      if (sourced.length === 0) {
        if (old) {
          writer.markRemoved(key, now);
          recordChange(key, 'removed', old.title, null);
          counts.removed += 1;
        }
        continue;
      }
      const merged = mergeRecords(key, sourced);
      if (!old || !sameStoredFields(old, merged)) writer.write(merged, now);
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
  })();
}

// Where one session came from (each source's record of it) and what its last import changed, for the session page.
import type { SessionChange, SessionProvenance, SessionSource } from '../../shared/provenance';
import type { ChangeKind, SessionRecord, SourceKind } from '../../shared/types';
import type { Db } from './db';

export function sessionProvenance(db: Db, sessionKey: string): SessionProvenance {
  const sources = db
    .prepare<
      [string],
      { source_id: number; kind: SourceKind; location: string; title: string | null; seen_at: string; record: string }
    >(
      `
      SELECT ss.source_id, src.kind, src.location, src.title, ss.seen_at, ss.record
      FROM session_sources ss JOIN sources src ON src.id = ss.source_id
      WHERE ss.session_key = ? ORDER BY ss.seen_at DESC, src.id`,
    )
    .all(sessionKey)
    .map((row): SessionSource => ({
      sourceId: row.source_id,
      kind: row.kind,
      location: row.location,
      title: row.title,
      seenAt: row.seen_at,
      record: JSON.parse(row.record) as SessionRecord,
    }));
  const lastChanges = db
    .prepare<
      [string, string],
      { change: ChangeKind; old_value: string | null; new_value: string | null; finished_at: string; location: string }
    >(
      `
      SELECT c.change, c.old_value, c.new_value, i.finished_at, src.location
      FROM changes c JOIN imports i ON i.id = c.import_id JOIN sources src ON src.id = i.source_id
      WHERE c.session_key = ? AND c.import_id = (SELECT MAX(import_id) FROM changes WHERE session_key = ?)
      ORDER BY c.id`,
    )
    .all(sessionKey, sessionKey)
    .map((row): SessionChange => ({
      change: row.change,
      oldValue: row.old_value,
      newValue: row.new_value,
      importedAt: row.finished_at,
      source: row.location,
    }));
  return { sources, lastChanges };
}

/** Every http(s) link each source gave a session (its Sched page, a recording a post linked), newest source first. */
export function sessionSourceUrls(db: Db): Map<string, string[]> {
  const urls = new Map<string, string[]>();
  const rows = db
    .prepare<[], { session_key: string; url: string }>(
      `
      SELECT session_key, json_extract(record, '$.url') AS url FROM session_sources
      WHERE json_extract(record, '$.url') LIKE 'http%'
      ORDER BY session_key, seen_at DESC, source_id`,
    )
    .all();
  for (const { session_key: key, url } of rows) {
    const list = urls.get(key);
    if (!list) urls.set(key, [url]);
    else if (!list.includes(url)) list.push(url);
  }
  return urls;
}

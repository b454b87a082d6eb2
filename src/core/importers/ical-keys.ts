// Keys for calendar entries that share a UID. Calendars generated from a conference API often give
// one UID to many talks (a room's, a track's, the API's); RFC 5545 would call them one event, but
// they are distinct sessions. Identical repeats stay one.
import type { SessionRecord } from '../../shared/types';
import { matchKey } from '../text/normalize';
import { instantMs } from '../time/zoned';

/** What makes two entries the same session: title, time and room. */
function signature(record: SessionRecord): string {
  return JSON.stringify([
    record.title,
    record.start && instantMs(record.start),
    record.end && instantMs(record.end),
    record.date,
    record.room,
  ]);
}

function startOf(record: SessionRecord): string {
  return record.start
    ? new Date(instantMs(record.start)).toISOString().replace(/\.000Z$/, 'Z')
    : (record.date ?? 'untimed');
}

/**
 * Rows whose `ical:` UID key is shared: identical repeats are dropped (the first kept), distinct
 * entries are keyed by UID plus start (plus title when two also share a start). Sched ids, which name
 * one talk, are left for the duplicate check to report. Returns the rows kept and how many repeats went.
 */
export function keySharedUids<T extends { record: SessionRecord }>(rows: T[]): { rows: T[]; repeats: number } {
  const byKey = new Map<string, T[]>();
  for (const row of rows) {
    const list = byKey.get(row.record.sessionKey);
    if (list) list.push(row);
    else byKey.set(row.record.sessionKey, [row]);
  }
  const dropped = new Set<T>();
  for (const [key, group] of byKey) {
    if (group.length < 2 || !key.startsWith('ical:')) continue;
    const distinct = new Map<string, T>();
    for (const row of group) {
      const sig = signature(row.record);
      if (distinct.has(sig)) dropped.add(row);
      else distinct.set(sig, row);
    }
    if (distinct.size < 2) continue;
    const starts = new Map<string, number>();
    for (const row of distinct.values()) starts.set(startOf(row.record), (starts.get(startOf(row.record)) ?? 0) + 1);
    for (const row of distinct.values()) {
      const start = startOf(row.record);
      const title = starts.get(start)! > 1 ? `:${matchKey(row.record.title).replace(/ /g, '-')}` : '';
      row.record = { ...row.record, sessionKey: `${key}:${start}${title}` };
    }
  }
  return { rows: rows.filter((row) => !dropped.has(row)), repeats: dropped.size };
}

// Decides which stored session an incoming record is: sched id, the source's own id, URL, then title+speaker.
import type { SessionRecord } from '../../shared/types';
import { matchKey } from '../text/normalize';
import type { Db } from './db';

export interface SessionMatcher {
  resolve(record: SessionRecord, previousKey: string | undefined): string;
}

function titleSpeakerKey(event: string | null, title: string, firstSpeaker: string | undefined): string {
  return `${matchKey(event ?? '')}|${matchKey(title)}|${matchKey(firstSpeaker ?? '')}`;
}

/** A record's keys with and without its first speaker; empty speaker key when it names none. */
interface RecordKeys {
  full: string;
  titleOnly: string;
  /** The title has letters or digits: "‐" or "!!" says nothing about which talk it is. */
  titled: boolean;
}

/**
 * Computes each record's keys once (the matcher needs them twice) and the event's key once per
 * event: matchKey over every title of a 10k-session batch, six times over, was a hot spot.
 */
function recordKeyer(): (record: SessionRecord) => RecordKeys {
  const eventKeys = new Map<string, string>();
  const known = new WeakMap<SessionRecord, RecordKeys>();
  return (record) => {
    const cached = known.get(record);
    if (cached) return cached;
    const event = record.event ?? '';
    let eventKey = eventKeys.get(event);
    if (eventKey === undefined) eventKeys.set(event, (eventKey = matchKey(event)));
    const title = matchKey(record.title);
    const titleOnly = `${eventKey}|${title}|`;
    const speaker = record.speakers[0]?.name;
    // titleSpeakerKey of a missing speaker ends in matchKey('') = '', the same as titleOnly.
    const keys = {
      full: speaker === undefined ? titleOnly : titleOnly + matchKey(speaker),
      titleOnly,
      titled: title !== '',
    };
    known.set(record, keys);
    return keys;
  };
}

/** Large batches read every key and URL once instead of asking per record. */
const PRELOAD_AT = 1000;

function lookups(db: Db, batchSize: number) {
  if (batchSize < PRELOAD_AT) {
    const exists = db.prepare<[string], { session_key: string }>(
      'SELECT session_key FROM sessions WHERE session_key = ?',
    );
    const byUrl = db.prepare<[string], { session_key: string }>(
      'SELECT session_key FROM sessions WHERE url = ? LIMIT 1',
    );
    return { has: (key: string) => !!exists.get(key), urlKey: (url: string) => byUrl.get(url)?.session_key };
  }
  const keys = new Set<string>();
  const urls = new Map<string, string>();
  for (const row of db
    .prepare<[], { session_key: string; url: string | null }>('SELECT session_key, url FROM sessions ORDER BY rowid')
    .iterate()) {
    keys.add(row.session_key);
    if (row.url && !urls.has(row.url)) urls.set(row.url, row.session_key);
  }
  return { has: (key: string) => keys.has(key), urlKey: (url: string) => urls.get(url) };
}

export function createSessionMatcher(
  db: Db,
  batch: SessionRecord[] = [],
): SessionMatcher & { exists(key: string): boolean } {
  const { has, urlKey } = lookups(db, batch.length);
  const keysOf = recordKeyer();
  // Titles the batch itself repeats ("Coffee Break" every afternoon) never match by title alone.
  // Counted on first need: a batch that resolves by id and URL, or meets an empty store, never needs it.
  let batchTitles: Map<string, number> | null = null;
  const repeated = (key: string): boolean => {
    if (!batchTitles) {
      const counts = new Map<string, number>();
      const count = (k: string) => counts.set(k, (counts.get(k) ?? 0) + 1);
      for (const r of batch) {
        const keys = keysOf(r);
        count(keys.titleOnly);
        if (r.speakers.length > 0) count(keys.full);
      }
      batchTitles = counts;
    }
    return (batchTitles.get(key) ?? 0) > 1;
  };
  // Built lazily: most imports resolve everything by id and never need it.
  let byTitle: Map<string, string> | null = null;
  const titleIndex = (): Map<string, string> => {
    if (byTitle) return byTitle;
    byTitle = new Map();
    const rows = db
      .prepare<[], { session_key: string; title: string; event: string | null; speaker: string | null }>(
        `
        SELECT s.session_key, s.title, e.name AS event,
               (SELECT sp.name FROM session_speakers ss JOIN speakers sp ON sp.id = ss.speaker_id
                WHERE ss.session_key = s.session_key ORDER BY ss.position LIMIT 1) AS speaker
        FROM sessions s LEFT JOIN events e ON e.id = s.event_id`,
      )
      .all();
    for (const row of rows) {
      byTitle.set(titleSpeakerKey(row.event, row.title, row.speaker ?? undefined), row.session_key);
      const titleKey = titleSpeakerKey(row.event, row.title, undefined);
      const list = byTitleOnly.get(titleKey);
      if (list) list.push({ key: row.session_key, hasSpeaker: !!row.speaker });
      else byTitleOnly.set(titleKey, [{ key: row.session_key, hasSpeaker: !!row.speaker }]);
    }
    return byTitle;
  };
  // Event + title alone, for when one side names no speaker (a blog post linking a talk by its title
  // and the schedule that lists its speakers): used only when exactly one session fits.
  const byTitleOnly = new Map<string, { key: string; hasSpeaker: boolean }[]>();

  // A stored session is one talk: once a record of this batch took it, a second record with a
  // different id and the same title (the fifth "Coffee Break") is a different entry, not a match.
  const claimed = new Set<string>();
  const claim = (key: string): string => {
    claimed.add(key);
    return key;
  };

  return {
    /** Whether the store had the key when the import started (new keys never have a row yet). */
    exists: has,
    resolve(record, previousKey) {
      if (previousKey) return claim(previousKey);
      if (has(record.sessionKey)) return claim(record.sessionKey);
      if (record.url) {
        const hit = urlKey(record.url);
        if (hit && !claimed.has(hit)) return claim(hit);
      }
      // A store with no sessions at all (a first import) has no title to match.
      if (titleIndex().size === 0) return claim(record.sessionKey);
      const { full: fullKey, titleOnly: titleKey, titled } = keysOf(record);
      if (!titled) return claim(record.sessionKey);
      const hit = repeated(fullKey) ? undefined : titleIndex().get(fullKey);
      if (hit && !claimed.has(hit)) return claim(hit);
      const incomingHasSpeaker = record.speakers.length > 0;
      const candidates = (repeated(titleKey) ? [] : (byTitleOnly.get(titleKey) ?? [])).filter(
        (c) => !claimed.has(c.key) && (!incomingHasSpeaker || !c.hasSpeaker),
      );
      // Only a speakerless side may match by title, and only when the title is unambiguous in the event.
      if (candidates.length === 1 && (!incomingHasSpeaker || !candidates[0]!.hasSpeaker) && record.event) {
        return claim(candidates[0]!.key);
      }
      return claim(record.sessionKey);
    },
  };
}

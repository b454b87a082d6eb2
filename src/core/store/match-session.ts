// Decides which stored session an incoming record is: sched id, the source's own id, URL, then title+speaker.
import type { SessionRecord } from '../../shared/types';
import { matchKey } from '../text/normalize';
import type { Db } from './open-store';

export interface SessionMatcher {
  resolve(record: SessionRecord, previousKey: string | undefined): string;
}

function titleSpeakerKey(event: string | null, title: string, firstSpeaker: string | undefined): string {
  return `${matchKey(event ?? '')}|${matchKey(title)}|${matchKey(firstSpeaker ?? '')}`;
}

export function createSessionMatcher(db: Db): SessionMatcher {
  const exists = db.prepare<[string], { key: string }>('SELECT key FROM sessions WHERE key = ?');
  const byUrl = db.prepare<[string], { key: string }>('SELECT key FROM sessions WHERE url = ? LIMIT 1');
  // Built lazily: most imports resolve everything by id and never need it.
  let byTitle: Map<string, string> | null = null;
  const titleIndex = (): Map<string, string> => {
    if (byTitle) return byTitle;
    byTitle = new Map();
    const rows = db
      .prepare<[], { key: string; title: string; event: string | null; speaker: string | null }>(`
        SELECT s.key, s.title, e.name AS event,
               (SELECT sp.name FROM session_speakers ss JOIN speakers sp ON sp.id = ss.speaker_id
                WHERE ss.session_key = s.key ORDER BY ss.position LIMIT 1) AS speaker
        FROM sessions s LEFT JOIN events e ON e.id = s.event_id`)
      .all();
    for (const row of rows) byTitle.set(titleSpeakerKey(row.event, row.title, row.speaker ?? undefined), row.key);
    return byTitle;
  };

  // A stored session is one talk: once a record of this batch took it, a second record with a
  // different id and the same title (the fifth "Coffee Break") is a different entry, not a match.
  const claimed = new Set<string>();
  const claim = (key: string): string => {
    claimed.add(key);
    return key;
  };

  return {
    resolve(record, previousKey) {
      if (previousKey) return claim(previousKey);
      if (exists.get(record.id)) return claim(record.id);
      if (record.url) {
        const hit = byUrl.get(record.url);
        if (hit && !claimed.has(hit.key)) return claim(hit.key);
      }
      const hit = titleIndex().get(titleSpeakerKey(record.event, record.title, record.speakers[0]?.name));
      if (hit && !claimed.has(hit)) return claim(hit);
      return claim(record.id);
    },
  };
}

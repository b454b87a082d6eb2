// Reads and writes the merged `sessions` rows and their speakers, as SessionRecords.
import type { SessionRecord, SpeakerRef } from '../../shared/types';
import { matchKey } from '../text/normalize';
import { dayInZone, inZone, toUtcIso } from '../time/zoned';
import type { Db } from './db';

export interface SessionRow {
  session_key: string;
  title: string;
  kind: string;
  url: string | null;
  day: string | null;
  start_utc: string | null;
  end_utc: string | null;
  time_zone: string | null;
  room: string | null;
  abstract: string | null;
  status: 'active' | 'removed';
  event: string | null;
  track: string | null;
}

export const SESSION_SELECT = `
  SELECT s.session_key, s.title, s.kind, s.url, s.day, s.start_utc, s.end_utc, s.time_zone, s.room, s.abstract,
         s.status, e.name AS event, t.name AS track
  FROM sessions s
  LEFT JOIN events e ON e.id = s.event_id
  LEFT JOIN tracks t ON t.id = s.track_id`;

export function rowToRecord(row: SessionRow, speakers: SpeakerRef[], sourceItem: string | null): SessionRecord {
  return {
    sessionKey: row.session_key,
    url: row.url,
    title: row.title,
    kind: row.kind as SessionRecord['kind'],
    event: row.event,
    track: row.track,
    date: row.day,
    start: row.start_utc ? inZone(row.start_utc, row.time_zone) : null,
    end: row.end_utc ? inZone(row.end_utc, row.time_zone) : null,
    timeZone: row.time_zone,
    room: row.room,
    speakers,
    abstract: row.abstract,
    sourceItem,
  };
}

export function createSessionWriter(db: Db) {
  const findEvent = db.prepare<[string], { id: number }>('SELECT id FROM events WHERE name = ?');
  const insertEvent = db.prepare('INSERT INTO events (name, time_zone) VALUES (?, ?)');
  const setEventZone = db.prepare('UPDATE events SET time_zone = ? WHERE id = ? AND time_zone IS NULL');
  const findTrack = db.prepare<[number | null, string], { id: number }>(
    'SELECT id FROM tracks WHERE event_id IS ? AND name = ?',
  );
  const insertTrack = db.prepare('INSERT INTO tracks (event_id, name) VALUES (?, ?)');
  // Positional parameters: binding an object by name costs a property lookup per column per row.
  const upsertSession = db.prepare(`
    INSERT INTO sessions (session_key, event_id, track_id, title, kind, url, day, start_utc, end_utc, time_zone, room,
                          abstract, status, first_seen_at, updated_at)
    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'active', ?, ?)
    ON CONFLICT (session_key) DO UPDATE SET
      event_id = excluded.event_id, track_id = excluded.track_id, title = excluded.title, kind = excluded.kind,
      url = excluded.url, day = excluded.day, start_utc = excluded.start_utc, end_utc = excluded.end_utc,
      time_zone = excluded.time_zone, room = excluded.room, abstract = excluded.abstract, status = 'active',
      updated_at = excluded.updated_at`);
  const markRemoved = db.prepare("UPDATE sessions SET status = 'removed', updated_at = ? WHERE session_key = ?");
  const deleteSpeakers = db.prepare('DELETE FROM session_speakers WHERE session_key = ?');
  const upsertSpeaker = db.prepare<[string, string, string | null], { id: number }>(`
    INSERT INTO speakers (name, name_key, affiliation) VALUES (?, ?, ?)
    ON CONFLICT (name_key) DO UPDATE SET affiliation = COALESCE(excluded.affiliation, speakers.affiliation)
    RETURNING id`);
  const linkSpeaker = db.prepare(
    'INSERT OR IGNORE INTO session_speakers (session_key, speaker_id, position, affiliation) VALUES (?, ?, ?, ?)',
  );

  // A writer lives for one transaction, so ids it has looked up stay valid: cache them (imports are
  // thousands of sessions over a handful of events, tracks and recurring speakers).
  const events = new Map<string, number>();
  const tracks = new Map<string, number>();
  const speakerIds = new Map<string, number>();

  function eventId(name: string | null, zone: string | null): number | null {
    if (!name) return null;
    const cached = events.get(name);
    if (cached !== undefined) return cached;
    const found = findEvent.get(name);
    let id: number;
    if (found) {
      if (zone) setEventZone.run(zone, found.id);
      id = found.id;
    } else id = Number(insertEvent.run(name, zone).lastInsertRowid);
    if (zone) events.set(name, id);
    return id;
  }

  function trackId(event: number | null, name: string | null): number | null {
    if (!name) return null;
    const cacheKey = `${event ?? ''}|${name}`;
    const cached = tracks.get(cacheKey);
    if (cached !== undefined) return cached;
    const found = findTrack.get(event, name);
    const id = found ? found.id : Number(insertTrack.run(event, name).lastInsertRowid);
    tracks.set(cacheKey, id);
    return id;
  }

  function speakerId(name: string, key: string, affiliation: string | null): number {
    const cached = speakerIds.get(key);
    // A later mention with an affiliation still fills in one the first mention lacked.
    if (cached !== undefined && affiliation === null) return cached;
    const { id } = upsertSpeaker.get(name, key, affiliation)!;
    speakerIds.set(key, id);
    return id;
  }

  return {
    /** `fresh`: the key has no row yet, so there are no old speaker links to clear. */
    write(record: SessionRecord, now: string, fresh = false): void {
      const event = eventId(record.event, record.timeZone);
      const startUtc = record.start ? toUtcIso(record.start) : null;
      upsertSession.run(
        record.sessionKey,
        event,
        trackId(event, record.track),
        record.title,
        record.kind,
        record.url,
        record.date ?? (startUtc ? dayInZone(startUtc, record.timeZone) : null),
        startUtc,
        record.end ? toUtcIso(record.end) : null,
        record.timeZone,
        record.room,
        record.abstract,
        now,
        now,
      );
      if (!fresh) deleteSpeakers.run(record.sessionKey);
      record.speakers.forEach((speaker, position) => {
        const key = matchKey(speaker.name);
        if (!key) return;
        linkSpeaker.run(
          record.sessionKey,
          speakerId(speaker.name, key, speaker.affiliation),
          position,
          speaker.affiliation,
        );
      });
    },
    markRemoved(key: string, now: string): void {
      markRemoved.run(now, key);
    },
  };
}

export function createSessionReader(db: Db) {
  const byKey = db.prepare<[string], SessionRow>(`${SESSION_SELECT} WHERE s.session_key = ?`);
  // Exactly what was stored for this session (not an affiliation another event knows), so that
  // re-importing the same record reads as unchanged.
  const speakersOf = db.prepare<[string], { name: string; affiliation: string | null }>(`
    SELECT sp.name, ss.affiliation AS affiliation
    FROM session_speakers ss JOIN speakers sp ON sp.id = ss.speaker_id
    WHERE ss.session_key = ? ORDER BY ss.position`);
  return {
    row(key: string): SessionRow | undefined {
      return byKey.get(key);
    },
    speakers(key: string): SpeakerRef[] {
      return speakersOf.all(key);
    },
  };
}

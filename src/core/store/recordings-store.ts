// Recordings matched to sessions: one row per session and video. A YouTube feed lists only its latest
// 15 videos, so each read adds to what earlier reads found instead of replacing it.
import type { Recording } from '../../shared/planning-types';
import type { Db } from './db';

interface RecordingRow {
  session_key: string;
  video_id: string;
  url: string;
  title: string;
  published_at: string | null;
  source: string;
}

function toRecording(r: RecordingRow): Recording {
  return {
    sessionKey: r.session_key,
    videoId: r.video_id,
    url: r.url,
    title: r.title,
    publishedAt: r.published_at,
    source: r.source,
  };
}

/** Adds (or refreshes) matches in one transaction; a video matched before to another session moves. */
export function saveRecordings(db: Db, source: string, recordings: readonly Recording[]): number {
  return db.transaction(() => {
    const move = db.prepare('DELETE FROM recordings WHERE video_id = ?');
    for (const r of recordings) move.run(r.videoId);
    const insert = db.prepare(
      'INSERT OR REPLACE INTO recordings (session_key, video_id, url, title, published_at, source) VALUES (?, ?, ?, ?, ?, ?)',
    );
    for (const r of recordings) insert.run(r.sessionKey, r.videoId, r.url, r.title, r.publishedAt, source);
    return recordings.length;
  })();
}

export function listRecordings(db: Db): Recording[] {
  return db
    .prepare<[], RecordingRow>(
      'SELECT session_key, video_id, url, title, published_at, source FROM recordings ORDER BY session_key, published_at',
    )
    .all()
    .map(toRecording);
}

// Recordings afterwards: read a YouTube channel's or playlist's feed, match its videos to sessions,
// keep the links; and the Missed list (starred sessions whose time has passed, recorded ones first).
import { KubeplanError } from '../../shared/errors';
import type { MissedSession, Recording, RecordingsImportResult } from '../../shared/planning-types';
import { matchVideos } from '../recordings/match-videos';
import { isYouTubeFeed, parseYouTubeFeed } from '../recordings/youtube-feed';
import { listRecordings, saveRecordings } from '../store/recordings-store';
import { listSessions } from '../store/read-sessions';
import { nowOf, type UseCaseDeps } from './deps';

export { isYouTubeFeed };

/** `name` is the file or URL the feed came from: the recordings' source, and what messages name. */
export function importRecordings(deps: UseCaseDeps, request: { text: string; name: string }): RecordingsImportResult {
  if (!isYouTubeFeed(request.text)) {
    throw new KubeplanError('parse-error', 'not a YouTube channel or playlist feed (no yt: namespace)', request.name);
  }
  const feed = parseYouTubeFeed(request.text, request.name);
  const matches = matchVideos(feed.videos, listSessions(deps.db));
  const matched = new Set(matches.map((m) => m.video.videoId));
  saveRecordings(
    deps.db,
    request.name,
    matches.map((m) => ({
      sessionKey: m.session.sessionKey,
      videoId: m.video.videoId,
      url: m.video.url,
      title: m.video.title,
      publishedAt: m.video.publishedAt,
      source: request.name,
    })),
  );
  return {
    source: request.name,
    videos: feed.videos.length,
    matched: matched.size,
    unmatched: feed.videos.filter((v) => !matched.has(v.videoId)).map((v) => ({ videoId: v.videoId, title: v.title })),
  };
}

export function listSessionRecordings(deps: UseCaseDeps): Recording[] {
  return listRecordings(deps.db);
}

/** Starred sessions that have ended by now: those with a recording first, then by time. */
export function missedSessions(deps: UseCaseDeps): MissedSession[] {
  const now = nowOf(deps).getTime();
  const bySession = new Map<string, Recording[]>();
  for (const r of listRecordings(deps.db)) bySession.set(r.sessionKey, [...(bySession.get(r.sessionKey) ?? []), r]);
  return listSessions(deps.db)
    .filter((s) => s.agenda !== null && s.end !== null && Date.parse(s.end) <= now)
    .map((session) => ({ session, recordings: bySession.get(session.sessionKey) ?? [] }))
    .sort(
      (a, b) =>
        Number(b.recordings.length > 0) - Number(a.recordings.length > 0) ||
        (a.session.start ?? '').localeCompare(b.session.start ?? ''),
    );
}

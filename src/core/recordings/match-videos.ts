// Matches videos to sessions: the CNCF titles its recordings "Title - Speaker, Company & Speaker,
// Company" (cut at YouTube's 100 characters), so the title picks candidates and the speakers decide.
import type { SessionView } from '../../shared/types';
import { matchKey } from '../text/normalize';
import type { YouTubeVideo } from './youtube-feed';

/** YouTube's limit on a title: a longer session title arrives cut, often with "…" or "...". */
const YOUTUBE_TITLE_LIMIT = 100;
/** A cut title must keep this much of the session's title to count as its start. */
const MIN_PREFIX = 24;

export interface VideoMatch {
  video: YouTubeVideo;
  session: SessionView;
  by: 'title' | 'title-prefix' | 'title-words';
}

interface SplitTitle {
  title: string;
  speakers: string;
}

/** "Title - Ana Ruiz, Acme & Bo Li, Initech" → the title and the speaker part (empty when none). */
export function splitVideoTitle(full: string): SplitTitle {
  const cleaned = full.replace(/\s*(…|\.\.\.)\s*$/, '').trim();
  const dash = cleaned.lastIndexOf(' - ');
  if (dash > 0) return { title: cleaned.slice(0, dash), speakers: cleaned.slice(dash + 3) };
  return { title: cleaned, speakers: '' };
}

function words(key: string): Set<string> {
  return new Set(key.split(' ').filter((w) => w.length > 1));
}

function jaccard(a: Set<string>, b: Set<string>): number {
  let shared = 0;
  for (const w of a) if (b.has(w)) shared += 1;
  return shared === 0 ? 0 : shared / (a.size + b.size - shared);
}

/** How many of the session's speakers the video names (by full name or surname). */
function speakerHits(session: SessionView, speakerText: string): number {
  const named = ` ${matchKey(speakerText)} `;
  return session.speakers.filter((s) => {
    const key = matchKey(s.name);
    const surname = key.split(' ').pop() ?? '';
    return key !== '' && (named.includes(` ${key} `) || (surname.length > 2 && named.includes(` ${surname} `)));
  }).length;
}

interface Candidate {
  session: SessionView;
  by: VideoMatch['by'];
  /** Title evidence (1 exact, a prefix or word overlap below), then speakers. */
  score: number;
}

export function matchVideos(videos: readonly YouTubeVideo[], sessions: readonly SessionView[]): VideoMatch[] {
  const keyed = sessions.map((session) => ({ session, key: matchKey(session.title) }));
  const byKey = new Map<string, SessionView[]>();
  for (const { session, key } of keyed) byKey.set(key, [...(byKey.get(key) ?? []), session]);
  const matches: VideoMatch[] = [];
  for (const video of videos) {
    const full = matchKey(video.title);
    const split = splitVideoTitle(video.title);
    const titleKey = matchKey(split.title);
    const cut = video.title.length >= YOUTUBE_TITLE_LIMIT - 3 || /(…|\.\.\.)\s*$/.test(video.title);
    const candidates: Candidate[] = [];
    // A title may itself hold " - ": then the whole video title is the session title.
    for (const key of new Set([titleKey, full])) {
      for (const session of byKey.get(key) ?? []) candidates.push({ session, by: 'title', score: 1 });
    }
    if (candidates.length === 0) {
      const titleWords = words(titleKey);
      for (const { session, key } of keyed) {
        if (cut && full.length >= MIN_PREFIX && (key.startsWith(full) || key.startsWith(titleKey))) {
          candidates.push({ session, by: 'title-prefix', score: 0.9 });
          continue;
        }
        const overlap = jaccard(titleWords, words(key));
        if (overlap >= 0.6) candidates.push({ session, by: 'title-words', score: overlap * 0.85 });
      }
    }
    if (candidates.length === 0) continue;
    for (const c of candidates) {
      const hits = speakerHits(c.session, split.speakers || video.description || '');
      c.score += 0.2 * hits;
      // Words alone are weak evidence: a loose title match needs a speaker to agree.
      if (c.by === 'title-words' && c.score < 0.8 && hits === 0) c.score = 0;
    }
    const ranked = candidates.filter((c) => c.score > 0).sort((a, b) => b.score - a.score);
    const top = ranked[0];
    // Two sessions as likely (a talk given twice, the speakers the same): no guess.
    if (!top || (ranked[1] && ranked[1].score === top.score && ranked[1].session !== top.session)) continue;
    matches.push({ video, session: top.session, by: top.by });
  }
  return matches;
}

// Which unstarred sessions to suggest for a free slot: those most like the sessions the user starred
// (same track, same speakers, shared title words), each with the reason in words.
import type { SessionView } from '../../shared/types';

const STOP_WORDS = new Set(
  'about after again also and are back been before being best beyond build building can cloud from have here how into just kubernetes like make more native need only open our over scale the their them then there these they this through what when where which while with without your'.split(
    ' ',
  ),
);

/** A title's content words: lower case, four letters or more, common words left out. */
export function titleWords(title: string): string[] {
  return [
    ...new Set(
      title
        .toLowerCase()
        .split(/[^\p{L}\p{N}]+/u)
        .filter((w) => w.length >= 4 && !STOP_WORDS.has(w)),
    ),
  ];
}

export interface Taste {
  tracks: Map<string, number>;
  speakers: Set<string>;
  words: Map<string, string>;
}

/** What the starred sessions have in common: their tracks (how many each), speakers and title words. */
export function tasteOf(starred: readonly SessionView[]): Taste {
  const tracks = new Map<string, number>();
  const speakers = new Set<string>();
  const words = new Map<string, string>();
  for (const session of starred) {
    if (session.track) tracks.set(session.track, (tracks.get(session.track) ?? 0) + 1);
    for (const speaker of session.speakers) speakers.add(speaker.name.toLowerCase());
    for (const word of titleWords(session.title)) if (!words.has(word)) words.set(word, session.title);
  }
  return { tracks, speakers, words };
}

export interface Scored {
  score: number;
  reason: string | null;
}

/** How much `session` is like the starred ones, and why in one sentence (null when it is not). */
export function similarity(session: SessionView, taste: Taste): Scored {
  const reasons: string[] = [];
  let score = 0;
  const speaker = session.speakers.find((p) => taste.speakers.has(p.name.toLowerCase()));
  if (speaker) {
    score += 5;
    reasons.push(`${speaker.name} also speaks in one of your sessions`);
  }
  const sameTrack = session.track ? (taste.tracks.get(session.track) ?? 0) : 0;
  if (sameTrack > 0) {
    score += 2 + Math.min(sameTrack, 3);
    reasons.push(
      `${session.track} track, like ${sameTrack === 1 ? '1 of your sessions' : `${sameTrack} of your sessions`}`,
    );
  }
  const shared = titleWords(session.title).filter((w) => taste.words.has(w));
  if (shared.length > 0) {
    score += Math.min(shared.length, 3) * 1.5;
    reasons.push(`about ${shared.slice(0, 3).join(', ')}, like “${taste.words.get(shared[0]!)}”`);
  }
  if (reasons.length === 0) return { score: 0, reason: null };
  const sentence = reasons.join('; ');
  return { score, reason: sentence.charAt(0).toUpperCase() + sentence.slice(1) };
}

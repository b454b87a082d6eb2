// More like this and For you: sessions ranked by shared words, track, speakers and companies, each
// with the reasons a person can check. Pure TypeScript over a list of sessions.
import type { Recommendation } from '../../shared/planning-types';
import type { AgendaStatus, SessionView } from '../../shared/types';
import { matchKey } from '../text/normalize';
import { buildTermVectors, wordSimilarity, type TermVectors } from './term-vectors';

/** What each kind of likeness adds to the word cosine (0–1). */
const WEIGHTS = { track: 0.12, speaker: 0.35, company: 0.1 };
/** Below this a session is not like the other at all. */
const MIN_SCORE = 0.04;
/** Stars count by level: going says more about a person's interests than maybe. */
export const STAR_WEIGHTS: Record<AgendaStatus, number> = { going: 2, maybe: 1 };

/** An affiliation on more than this share of sessions is a role ("Maintainer"), not a company. */
const MAX_COMPANY_SHARE = 0.05;

export interface Recommender {
  vectors: TermVectors;
  byKey: Map<string, number>;
  /** Per session, its speakers' companies (match key → name), common labels left out. */
  companies: Map<string, string>[];
}

export function buildRecommender(sessions: readonly SessionView[]): Recommender {
  const vectors = buildTermVectors(sessions);
  const all = sessions.map(companiesOf);
  const counts = new Map<string, number>();
  for (const map of all) for (const key of map.keys()) counts.set(key, (counts.get(key) ?? 0) + 1);
  for (const map of all) {
    for (const key of map.keys()) if (counts.get(key)! > MAX_COMPANY_SHARE * sessions.length) map.delete(key);
  }
  return { vectors, byKey: new Map(sessions.map((s, i) => [s.sessionKey, i])), companies: all };
}

interface Likeness {
  score: number;
  reasons: string[];
}

function listWords(words: string[]): string {
  return words.length <= 1 ? (words[0] ?? '') : `${words.slice(0, -1).join(', ')} and ${words[words.length - 1]}`;
}

function companiesOf(session: SessionView): Map<string, string> {
  const map = new Map<string, string>();
  for (const s of session.speakers) if (s.affiliation) map.set(matchKey(s.affiliation), s.affiliation);
  map.delete('');
  return map;
}

/** How alike two sessions (numbers n and m) are, and why. */
function likeness(r: Recommender, n: number, m: number): Likeness {
  const a = r.vectors.sessions[n]!;
  const b = r.vectors.sessions[m]!;
  const words = wordSimilarity(r.vectors.vectors[n]!, r.vectors.vectors[m]!);
  let score = words.score;
  const reasons: string[] = [];
  if (words.terms.length > 0 && words.score >= 0.02) {
    reasons.push(`also about ${listWords(words.terms.slice(0, 3).map((t) => r.vectors.surface[t]!))}`);
  }
  const theirNames = new Set(b.speakers.map((s) => matchKey(s.name)));
  const sharedSpeakers = a.speakers.filter((s) => theirNames.has(matchKey(s.name))).map((s) => s.name);
  if (sharedSpeakers.length > 0) {
    score += WEIGHTS.speaker * Math.min(2, sharedSpeakers.length);
    reasons.push(`same speaker${sharedSpeakers.length > 1 ? 's' : ''}: ${listWords(sharedSpeakers)}`);
  } else {
    const theirs = r.companies[m]!;
    const shared = [...r.companies[n]!].filter(([key]) => theirs.has(key)).map(([, name]) => name);
    if (shared.length > 0) {
      score += WEIGHTS.company;
      reasons.push(`same company: ${listWords(shared)}`);
    }
  }
  if (a.track && b.track && a.track === b.track) {
    score += WEIGHTS.track;
    reasons.push(`same track: ${a.track}`);
  }
  return { score, reasons };
}

function eligible(session: SessionView): boolean {
  return session.status === 'active' && session.kind !== 'break' && session.kind !== 'booth';
}

/** The `limit` sessions most like `sessionKey`, best first (ties by time, then title). */
export function moreLikeThis(r: Recommender, sessionKey: string, limit = 8): Recommendation[] {
  const n = r.byKey.get(sessionKey);
  if (n === undefined) return [];
  const found: Recommendation[] = [];
  r.vectors.sessions.forEach((session, m) => {
    if (m === n || !eligible(session)) return;
    const like = likeness(r, n, m);
    if (like.score >= MIN_SCORE && like.reasons.length > 0) found.push({ session, ...like });
  });
  return best(found, limit);
}

function best(found: Recommendation[], limit: number): Recommendation[] {
  return found
    .sort(
      (x, y) =>
        y.score - x.score ||
        (x.session.start ?? '').localeCompare(y.session.start ?? '') ||
        x.session.title.localeCompare(y.session.title),
    )
    .slice(0, limit);
}

/**
 * Sessions ranked by likeness to everything starred (going weighs twice maybe), the starred ones
 * left out; the first reason names the starred session that counted most.
 */
export function forYou(r: Recommender, stars: ReadonlyMap<string, AgendaStatus>, limit = 20): Recommendation[] {
  const starred = [...stars]
    .map(([key, status]) => ({ n: r.byKey.get(key), weight: STAR_WEIGHTS[status] }))
    .filter((s): s is { n: number; weight: number } => s.n !== undefined);
  if (starred.length === 0) return [];
  const found: Recommendation[] = [];
  r.vectors.sessions.forEach((session, m) => {
    if (stars.has(session.sessionKey) || !eligible(session)) return;
    let score = 0;
    let top: { like: Likeness; n: number; part: number } | null = null;
    for (const { n, weight } of starred) {
      const like = likeness(r, n, m);
      if (like.reasons.length === 0) continue;
      const part = weight * like.score;
      score += part;
      if (!top || part > top.part) top = { like, n, part };
    }
    if (!top || score < MIN_SCORE) return;
    const because = r.vectors.sessions[top.n]!;
    found.push({ session, score, reasons: [`like “${because.title}”`, ...top.like.reasons] });
  });
  return best(found, limit);
}

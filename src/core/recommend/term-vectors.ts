// Each session's words as a weighted vector, scored like the search index (BM25+ with the title's
// boost over the abstract), for comparing sessions with each other. Pure TypeScript.
import type { SessionView } from '../../shared/types';
import { FIELD_BOOSTS } from '../search/documents';
import { WORD_SEPARATOR, foldTerm } from '../search/fold';
import { buildTermIndex } from '../search/term-index';

/** Words that say nothing about a topic; BM25 would only weigh them down, and a reason must never name them. */
const STOPWORDS = new Set(
  (
    'a an and are as at be been being but by can do does for from has have how i in into is it its ' +
    'more most my new not of on or our out so than that the their them then there these they this ' +
    'those to up us use used using via was we were what when where which while who why will with ' +
    'you your yours about after all also any before between both each every here just like make ' +
    'many may much need only other over own same should some such talk session through under very ' +
    'well would across learn learned lessons way ways get one two three first next help join come ' +
    'today let lets real world deep dive into beyond building build intro introduction going years isn don doesn aren won'
  ).split(' '),
);

/** A word shared by more than this share of the catalogue (kubernetes, cloud) is no topic. */
const MAX_DOCUMENT_SHARE = 0.12;

export interface TermVectors {
  sessions: readonly SessionView[];
  /** Session number → its term numbers and weights, unit length (so a dot product is the cosine). */
  vectors: Map<number, number>[];
  /** Term number → the word as first written in a title (eBPF, not ebpf), for reasons. */
  surface: string[];
}

interface Doc {
  id: string;
  title: string;
  abstract: string;
}

function keepTerm(term: string, share: number): boolean {
  return term.length >= 3 && !/^\d+$/.test(term) && !STOPWORDS.has(term) && share <= MAX_DOCUMENT_SHARE;
}

export function buildTermVectors(sessions: readonly SessionView[]): TermVectors {
  const docs: Doc[] = sessions.map((s) => ({ id: s.sessionKey, title: s.title, abstract: s.abstract ?? '' }));
  const data = buildTermIndex(docs, [
    { name: 'title', boost: FIELD_BOOSTS.title ?? 1 },
    { name: 'abstract', boost: 1 },
  ]);
  const vectors = sessions.map(() => new Map<number, number>());
  const n = Math.max(1, sessions.length);
  for (let t = 0; t < data.terms.length; t += 1) {
    const from = data.starts[t]!;
    const to = data.starts[t + 1]!;
    if (!keepTerm(data.terms[t]!, (to - from) / n)) continue;
    for (let i = from; i < to; i += 1) vectors[data.docs[i]!]!.set(t, data.scores[i]!);
  }
  for (const vector of vectors) {
    let norm = 0;
    for (const w of vector.values()) norm += w * w;
    norm = Math.sqrt(norm);
    if (norm > 0) for (const [t, w] of vector) vector.set(t, w / norm);
  }
  return { sessions, vectors, surface: surfaceForms(sessions, data.terms) };
}

/** The spelling a reason shows: the first written in a title, else in an abstract. */
function surfaceForms(sessions: readonly SessionView[], terms: string[]): string[] {
  const numbers = new Map(terms.map((term, i) => [term, i]));
  const surface = [...terms];
  const seen = new Set<number>();
  const visit = (text: string | null): void => {
    if (!text) return;
    for (const word of text.split(WORD_SEPARATOR)) {
      const t = numbers.get(foldTerm(word));
      if (t === undefined || seen.has(t)) continue;
      seen.add(t);
      surface[t] = word;
    }
  };
  for (const s of sessions) visit(s.title);
  for (const s of sessions) visit(s.abstract);
  return surface;
}

/** The cosine of two sessions' words, and the shared terms by how much each adds to it. */
export function wordSimilarity(a: Map<number, number>, b: Map<number, number>): { score: number; terms: number[] } {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  let score = 0;
  const shared: [number, number][] = [];
  for (const [t, w] of small) {
    const other = large.get(t);
    if (other === undefined) continue;
    score += w * other;
    shared.push([t, w * other]);
  }
  shared.sort((x, y) => y[1] - x[1]);
  return { score, terms: shared.map(([t]) => t) };
}

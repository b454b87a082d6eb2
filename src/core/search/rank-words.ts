// Ranks documents for query words over a TermIndex: each word expands to index terms (itself, its
// completions, its near misses, its swapped-neighbour spellings), every document must match every word,
// scores are MiniSearch's.
import SearchableMap from 'minisearch/SearchableMap';
import { radixSortPositive } from './radix-sort';
import type { TermIndexData } from './term-index';

/** How one query word matches: whole, as the start of a word, and with up to `typos` edits. */
export interface WordQuery {
  word: string;
  prefix: boolean;
  typos: number;
}

/** MiniSearch's default weights for a completion and a near miss (an exact match weighs 1). */
const WEIGHTS = { prefix: 0.375, fuzzy: 0.45 };

/** A TermIndex ready to query: its terms in MiniSearch's radix tree, and scratch reused by every query. */
export interface QueryableTermIndex {
  data: TermIndexData;
  lookup: SearchableMap<number>;
  /** Per document: the query's score so far, and how many words in a row it has matched. */
  total: Float64Array;
  matchedWords: Uint16Array;
  candidates: Uint32Array;
}

export function queryable(data: TermIndexData): QueryableTermIndex {
  const lookup = new SearchableMap<number>();
  data.terms.forEach((term, i) => lookup.set(term, i));
  const N = data.ids.length;
  return { data, lookup, total: new Float64Array(N), matchedWords: new Uint16Array(N), candidates: new Uint32Array(N) };
}

export function hasTerm(index: QueryableTermIndex, term: string): boolean {
  return index.lookup.has(term);
}

interface Expansion {
  term: number;
  weight: number;
}

/** The index terms a word stands for, weighted as MiniSearch weighs them (executeQuerySpec). */
function expand(index: QueryableTermIndex, query: WordQuery, matched: Set<string>): Expansion[] {
  const { word } = query;
  const found: Expansion[] = [];
  const exact = index.lookup.get(word);
  if (exact !== undefined) {
    found.push({ term: exact, weight: 1 });
    matched.add(word);
  }
  const completions = new Set<string>();
  if (query.prefix) {
    for (const [term, id] of index.lookup.atPrefix(word)) {
      const distance = term.length - word.length;
      if (distance === 0) continue;
      completions.add(term);
      found.push({ term: id, weight: (WEIGHTS.prefix * term.length) / (term.length + 0.3 * distance) });
    }
    // The typed start is what gets marked: every completion begins with it.
    if (completions.size > 0) matched.add(word);
  }
  if (query.typos > 0) {
    const near = new Set<string>();
    for (const [term, [id, distance]] of index.lookup.fuzzyGet(word, query.typos)) {
      if (distance === 0 || completions.has(term)) continue;
      near.add(term);
      found.push({ term: id, weight: (WEIGHTS.fuzzy * term.length) / (term.length + distance) });
      matched.add(term);
    }
    // Two letters swapped (secuirty) are two edits to Levenshtein but one slip of the fingers: each
    // swap of neighbours is looked up as a near miss at distance one.
    for (const term of transpositions(word)) {
      const id = index.lookup.get(term);
      if (id === undefined || near.has(term) || completions.has(term) || term === word) continue;
      near.add(term);
      found.push({ term: id, weight: (WEIGHTS.fuzzy * term.length) / (term.length + 1) });
      matched.add(term);
    }
  }
  return found;
}

/** The word with each pair of neighbouring letters swapped. */
function transpositions(word: string): string[] {
  const letters = [...word];
  const swapped: string[] = [];
  for (let i = 0; i + 1 < letters.length; i += 1) {
    if (letters[i] === letters[i + 1]) continue;
    const copy = letters.slice();
    [copy[i], copy[i + 1]] = [copy[i + 1]!, copy[i]!];
    swapped.push(copy.join(''));
  }
  return swapped;
}

export interface RankedDocuments {
  /** Document numbers, best first; ties in the order documents were added. */
  docs: Uint32Array;
  /** Scores in the same order, on MiniSearch's scale. */
  scores: Float64Array;
  /** Folded words to mark in the results: exact words, typed starts, near misses. */
  matched: string[];
}

/**
 * Documents matching every word. One pass over each expanded term's postings: a document's running
 * count of matched words is bumped the first time each word reaches it, and only documents that
 * matched all earlier words keep counting, so no per-word result sets are built or intersected.
 */
export function rankWords(index: QueryableTermIndex, words: WordQuery[]): RankedDocuments {
  const { starts, docs, scores } = index.data;
  const { total, matchedWords, candidates } = index;
  const matched = new Set<string>();
  if (words.length === 0 || words.length >= 0xffff)
    return { docs: new Uint32Array(0), scores: new Float64Array(0), matched: [] };
  total.fill(0);
  matchedWords.fill(0);
  let candidateCount = 0;
  for (let k = 0; k < words.length; k += 1) {
    for (const { term, weight } of expand(index, words[k]!, matched)) {
      const end = starts[term + 1]!;
      for (let p = starts[term]!; p < end; p += 1) {
        const d = docs[p]!;
        const seen = matchedWords[d]!;
        if (seen === k) {
          matchedWords[d] = k + 1;
          if (k === 0) candidates[candidateCount++] = d;
        } else if (seen !== k + 1) continue;
        total[d]! += weight * scores[p]!;
      }
    }
  }
  const all = words.length;
  let found = 0;
  for (let i = 0; i < candidateCount; i += 1) {
    const d = candidates[i]!;
    if (matchedWords[d] === all) candidates[found++] = d;
  }
  const ranked = byScore(candidates.subarray(0, found), total);
  // MiniSearch multiplies by the number of query words matched: all of them, under AND.
  const rankedScores = new Float64Array(found);
  for (let i = 0; i < found; i += 1) rankedScores[i] = total[ranked[i]!]! * all;
  return { docs: ranked, scores: rankedScores, matched: [...matched] };
}

/** Documents can be numbered in the low 20 bits of a score's mantissa (see byScore). */
const DOC_BITS = 20;
const DOC_MASK = (1 << DOC_BITS) - 1;
const RADIX_FROM = 4096;
const LITTLE_ENDIAN = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;

/**
 * `docs` best first, ties in document order. A keystroke can match most of the catalogue and a
 * comparator sort of thousands of hits is the slowest step, so each document's number is written into
 * the low mantissa bits of its (positive) score and the plain numeric sort does the work: positive
 * doubles order like their bit patterns, and scores closer than about one part in 10^9 count as tied.
 */
function byScore(docs: Uint32Array, score: Float64Array): Uint32Array {
  if (!LITTLE_ENDIAN || score.length > DOC_MASK) {
    return Uint32Array.from(docs).sort((a, b) => score[b]! - score[a]! || a - b);
  }
  const keys = new Float64Array(docs.length);
  const halves = new Uint32Array(keys.buffer);
  for (let i = 0; i < docs.length; i += 1) {
    const d = docs[i]!;
    keys[i] = score[d]!;
    // Reversed numbers, because the keys are read back from the largest down.
    halves[2 * i] = (halves[2 * i]! & ~DOC_MASK) | (DOC_MASK - d);
  }
  // Past a few thousand keys the radix sort is faster than the comparison sort; both give this order.
  if (keys.length >= RADIX_FROM) radixSortPositive(keys);
  else keys.sort();
  const ranked = new Uint32Array(docs.length);
  for (let i = 0; i < docs.length; i += 1) ranked[i] = DOC_MASK - (halves[2 * (docs.length - 1 - i)]! & DOC_MASK);
  return ranked;
}

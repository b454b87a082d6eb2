// The catalogue's own term index must find and score exactly what MiniSearch would, configured the
// same way: MiniSearch is the reference, the flat index is only there to answer each keystroke faster.
import fc from 'fast-check';
import MiniSearch from 'minisearch';
import { describe, expect, it } from 'vitest';
import {
  FIELD_BOOSTS,
  SEARCH_FIELDS,
  toSearchDocument,
  typoDistance,
  type SearchDocument,
} from '../../../../src/core/search/documents';
import { foldTerm, WORD_SEPARATOR } from '../../../../src/core/search/fold';
import { buildIndex, runQuery } from '../../../../src/core/search/search-index';
import type { SessionView } from '../../../../src/shared/types';
import { generateCatalogue, vocabulary } from '../../../bench/generate-catalogue';

function reference(sessions: SessionView[]) {
  const search = new MiniSearch<SearchDocument>({
    fields: [...SEARCH_FIELDS],
    storeFields: [],
    tokenize: (text) => text.split(WORD_SEPARATOR),
    processTerm: (term) => foldTerm(term) || null,
  });
  search.addAll(sessions.map(toSearchDocument));
  const words = new Set(
    sessions.flatMap((s) => SEARCH_FIELDS.flatMap((f) => toSearchDocument(s)[f].split(WORD_SEPARATOR).map(foldTerm))),
  );
  /** The query as the app runs it: every word required, the last one a prefix while typing, typos for unknown words. */
  return (words_: string[], typing: boolean) =>
    search.search(words_.join(' '), {
      boost: FIELD_BOOSTS,
      combineWith: 'AND',
      prefix: (_term, i, terms) => typing && i === terms.length - 1,
      fuzzy: (term) => (words.has(term) ? false : typoDistance(term)),
    });
}

function expectSameRanking(sessions: SessionView[], queries: string[]) {
  const index = buildIndex(sessions);
  const mini = reference(sessions);
  for (const query of queries) {
    const typing = !query.endsWith(' ');
    // The app asks once for a word typed twice; MiniSearch is asked the same.
    const words = [...new Set(query.split(/\s+/).filter(Boolean).map(foldTerm))];
    const expected = new Map(mini(words, typing).map((r) => [String(r.id), r.score]));
    const found = runQuery(index, query);
    const ours = Array.from(found?.sessions ?? [], (n, i) => ({
      id: sessions[n]!.sessionKey,
      score: found!.scores[i]!,
    }));
    expect(ours.map((h) => h.id).sort(), `ids for ${JSON.stringify(query)}`).toEqual([...expected.keys()].sort());
    for (const hit of ours)
      expect(hit.score, `score of ${hit.id} for ${JSON.stringify(query)}`).toBeCloseTo(expected.get(hit.id)!, 9);
    // Best first: no hit scores more than one before it (beyond rounding).
    ours.forEach((hit, i) => {
      if (i > 0) expect(hit.score).toBeLessThanOrEqual(ours[i - 1]!.score * (1 + 1e-9));
    });
  }
}

const vocab = vocabulary();

describe('ranking matches MiniSearch', () => {
  it('on the real catalogue, for prefixes, typos and several words', () => {
    expectSameRanking(vocab.sessions, [
      'kub',
      'kubernetes ',
      'kuberntes ',
      'obervability',
      'selajev',
      'Šelajev',
      'platform engineering',
      'cloud native',
      'from the',
      'k',
      'ebpf security',
      'opentelemetry collector ',
      'petovradzius',
      'zzzz',
      'workloads ',
      'workloas',
      'gitops argo',
      'the the',
      'interrptible ',
      'observability ',
      'rejekts',
    ]);
  });

  it('on a generated catalogue, for queries drawn from its own words', () => {
    const sessions = generateCatalogue(vocab, 1500);
    const words = [...new Set(sessions.flatMap((s) => s.title.split(/\s+/)).filter((w) => /^\p{L}{3,}$/u.test(w)))];
    const word = fc.constantFrom(...words);
    // A word as typed: whole, cut short (still being typed), or with a letter dropped (a typo).
    const typed = fc.tuple(word, fc.nat(), fc.constantFrom('whole', 'cut', 'typo')).map(([w, n, how]) => {
      if (how === 'cut') return w.slice(0, 1 + (n % w.length));
      if (how === 'typo' && w.length > 5) return w.slice(0, n % w.length) + w.slice((n % w.length) + 1);
      return w;
    });
    const query = fc
      .tuple(fc.array(typed, { minLength: 1, maxLength: 3 }), fc.boolean())
      .map(([ws, done]) => ws.join(' ') + (done ? ' ' : ''));
    const queries = fc.sample(query, { numRuns: 150, seed: 4 });
    expectSameRanking(sessions, queries);
  });
});

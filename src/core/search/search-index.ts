// Runs a parsed query against a MiniSearch index: ranked hits, phrases and exclusions applied.
import MiniSearch from 'minisearch';
import { documentText, indexOptions, queryOptions, toSearchDocument, typoDistance, type SearchDocument } from './documents';
import { isEmptyQuery, parseQuery, type ParsedQuery } from './parse-query';
import type { SessionView } from '../../shared/types';

export interface RankedHit {
  id: string;
  score: number;
  /** Folded document words that matched, for highlighting. */
  terms: string[];
}

/** An index plus the folded text of every document, which phrases and exclusions are checked against. */
export interface CatalogueIndex {
  search: MiniSearch<SearchDocument>;
  texts: Map<string, string>;
  /** Every id, in catalogue (day and time) order: the answer to a query with no positive words. */
  order: string[];
  /** Every folded word in the catalogue: a word found as typed needs no typo matching. */
  vocabulary: Set<string>;
}

export function documentTexts(docs: SearchDocument[]): Map<string, string> {
  return new Map(docs.map((doc) => [doc.id, documentText(doc)]));
}

export function vocabularyOf(texts: Iterable<string>): Set<string> {
  const words = new Set<string>();
  for (const text of texts) for (const word of text.split(' ')) if (word !== '' && word !== '|') words.add(word);
  return words;
}

export function buildIndex(sessions: SessionView[]): CatalogueIndex {
  const docs = sessions.map(toSearchDocument);
  const search = new MiniSearch<SearchDocument>(indexOptions);
  search.addAll(docs);
  const texts = documentTexts(docs);
  return { search, texts, order: docs.map((d) => d.id), vocabulary: vocabularyOf(texts.values()) };
}

function contains(text: string, words: string): boolean {
  return text.includes(` ${words} `);
}

/** Hits for `query`, best first; null when the query asks nothing (show everything in catalogue order). */
export function runQuery(index: CatalogueIndex, query: string | ParsedQuery): RankedHit[] | null {
  const parsed = typeof query === 'string' ? parseQuery(query) : query;
  if (isEmptyQuery(parsed)) return null;
  const keep = (id: string): boolean => {
    const text = index.texts.get(id) ?? '';
    return (
      parsed.phrases.every((phrase) => contains(text, phrase.join(' '))) &&
      !parsed.excluded.some((word) => contains(text, word))
    );
  };
  if (parsed.words.length === 0) {
    return index.order.filter(keep).map((id) => ({ id, score: 0, terms: [] }));
  }
  // Typo matching only for words the catalogue lacks: a correctly spelled common word would
  // otherwise drag in every near neighbour (cloud → could, loud) and cost time on each keystroke.
  const options = {
    ...queryOptions,
    prefix: parsed.typing ? queryOptions.prefix : false,
    fuzzy: (term: string) => (index.vocabulary.has(term) ? false : typoDistance(term)),
  };
  return index.search
    .search(parsed.words.join(' '), options)
    .filter((result) => keep(String(result.id)))
    .map((result) => ({ id: String(result.id), score: result.score, terms: result.terms }));
}

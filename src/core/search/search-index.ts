// Runs a parsed query against a MiniSearch index: ranked hits, phrases and exclusions applied.
import MiniSearch from 'minisearch';
import { documentText, indexOptions, queryOptions, toSearchDocument, type SearchDocument } from './documents';
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
}

export function documentTexts(docs: SearchDocument[]): Map<string, string> {
  return new Map(docs.map((doc) => [doc.id, documentText(doc)]));
}

export function buildIndex(sessions: SessionView[]): CatalogueIndex {
  const docs = sessions.map(toSearchDocument);
  const search = new MiniSearch<SearchDocument>(indexOptions);
  search.addAll(docs);
  return { search, texts: documentTexts(docs), order: docs.map((d) => d.id) };
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
  return index.search
    .search({ combineWith: 'AND', queries: parsed.words }, queryOptions)
    .filter((result) => keep(String(result.id)))
    .map((result) => ({ id: String(result.id), score: result.score, terms: result.terms }));
}

// Runs a parsed query against the catalogue's term index: ranked hits, phrases and exclusions applied.
import { FIELD_BOOSTS, SEARCH_FIELDS, toSearchDocument, typoDistance, type SearchDocument } from './documents';
import { isEmptyQuery, parseQuery, type ParsedQuery } from './parse-query';
import { hasTerm, queryable, rankWords, type QueryableTermIndex } from './rank-words';
import { facetTable, type FacetTable } from './facet-table';
import { buildTermIndex, type IndexedField, type TermIndexData } from './term-index';
import type { SessionView } from '../../shared/types';

/** What a query found: session numbers (positions in CatalogueIndex.sessions), best first when ranked. */
export interface QueryHits {
  sessions: ArrayLike<number>;
  /** Relevance per hit (MiniSearch's scale); all 0 when the query had only exclusions. */
  scores: ArrayLike<number>;
  /** True when the query had words to rank by. */
  ranked: boolean;
  /** Folded words to mark in titles and names. */
  terms: string[];
}

/**
 * Everything a keystroke needs, built once per list of sessions: the term index (with the folded text
 * of every session, for phrases and exclusions) and the facet table. Session number n is sessions[n],
 * document n of the index and row n of the table.
 */
export interface CatalogueIndex {
  sessions: readonly SessionView[];
  terms: QueryableTermIndex;
  facets: FacetTable;
}

/** The indexed fields and their boosts, which the term index folds into its scores. */
export const INDEXED_FIELDS: IndexedField<SearchDocument>[] = SEARCH_FIELDS.map((name) => ({
  name,
  boost: FIELD_BOOSTS[name] ?? 1,
}));

/** Completes an index built (perhaps by a worker) from `sessions`' search documents, in that order. */
export function catalogueIndex(data: TermIndexData, sessions: readonly SessionView[]): CatalogueIndex {
  if (data.ids.length !== sessions.length || data.ids.some((id, i) => sessions[i]!.sessionKey !== id)) {
    throw new Error('the search index was built from other sessions');
  }
  return { sessions, terms: queryable(data), facets: facetTable(sessions) };
}

export function buildIndex(sessions: readonly SessionView[]): CatalogueIndex {
  return catalogueIndex(buildTermIndex(sessions.map(toSearchDocument), INDEXED_FIELDS), sessions);
}

function contains(text: string, words: string): boolean {
  return text.includes(` ${words} `);
}

/** Hits for `query`, best first; null when the query asks nothing (show everything in catalogue order). */
export function runQuery(index: CatalogueIndex, query: string | ParsedQuery): QueryHits | null {
  const parsed = typeof query === 'string' ? parseQuery(query) : query;
  if (isEmptyQuery(parsed)) return null;
  const checked = parsed.phrases.length > 0 || parsed.excluded.length > 0;
  const texts = index.terms.data.texts;
  const keep = (n: number): boolean => {
    const text = texts[n]!;
    return (
      parsed.phrases.every((phrase) => contains(text, phrase.join(' '))) &&
      !parsed.excluded.some((word) => contains(text, word))
    );
  };
  if (parsed.words.length === 0) {
    const kept: number[] = [];
    for (let n = 0; n < index.sessions.length; n += 1) if (keep(n)) kept.push(n);
    return { sessions: kept, scores: new Float64Array(kept.length), ranked: false, terms: [] };
  }
  // The word being typed (the last) matches as a prefix, so results follow each keystroke. Typo
  // matching only for words the catalogue lacks: a correctly spelled common word would otherwise drag
  // in every near neighbour (cloud → could, loud) and cost time on each keystroke.
  // A word typed twice asks for nothing more than once.
  const words = [...new Set(parsed.words)];
  const typed = parsed.typing ? parsed.words[parsed.words.length - 1] : undefined;
  const ranked = rankWords(
    index.terms,
    words.map((word) => ({
      word,
      prefix: word === typed,
      typos: hasTerm(index.terms, word) ? 0 : typoDistance(word) || 0,
    })),
  );
  if (!checked) return { sessions: ranked.docs, scores: ranked.scores, ranked: true, terms: ranked.matched };
  const sessions: number[] = [];
  const scores: number[] = [];
  ranked.docs.forEach((n, i) => {
    if (!keep(n)) return;
    sessions.push(n);
    scores.push(ranked.scores[i]!);
  });
  return { sessions, scores, ranked: true, terms: ranked.matched };
}

// The documents the search index is built from, and the index options shared by the app and the CLI.
// Pure TypeScript: the renderer and its index worker import it too.
import type { Options, SearchOptions } from 'minisearch';
import type { SessionView } from '../../shared/types';
import { foldedWords, foldTerm, WORD_SEPARATOR } from './fold';

export { foldTerm } from './fold';

export interface SearchDocument {
  id: string;
  title: string;
  speakers: string;
  affiliations: string;
  abstract: string;
  track: string;
  room: string;
  event: string;
}

export const SEARCH_FIELDS = ['title', 'speakers', 'affiliations', 'abstract', 'track', 'room', 'event'] as const;

export function toSearchDocument(session: SessionView): SearchDocument {
  return {
    id: session.id,
    title: session.title,
    speakers: session.speakers.map((s) => s.name).join(' '),
    affiliations: session.speakers.map((s) => s.affiliation ?? '').join(' '),
    abstract: session.abstract ?? '',
    track: session.track ?? '',
    room: session.room ?? '',
    event: session.event ?? '',
  };
}

/** One folded string of every searchable field, words separated by single spaces: for phrases and exclusions. */
export function documentText(doc: SearchDocument): string {
  return ` ${SEARCH_FIELDS.map((field) => foldedWords(doc[field]).join(' ')).join(' | ')} `;
}

export const indexOptions: Options<SearchDocument> = {
  fields: [...SEARCH_FIELDS],
  storeFields: [],
  tokenize: (text) => text.split(WORD_SEPARATOR),
  processTerm: (term) => {
    const folded = foldTerm(term);
    return folded === '' ? null : folded;
  },
};

/**
 * Title and speakers weigh most. The word being typed (the last one) matches as a prefix, so results
 * follow each keystroke; finished words match whole, which keeps multi-word queries precise and fast.
 * Words of five letters or more forgive one typo (`kuberntes`, `obervability`), ten or more two;
 * search-index.ts skips typo matching for words the catalogue contains as typed.
 */
/** How many edits a word may be off by: none under five letters, one up to nine, two from ten. */
export function typoDistance(term: string): number | false {
  return term.length >= 10 ? 2 : term.length >= 5 ? 1 : false;
}

export const queryOptions: SearchOptions = {
  boost: { title: 3, speakers: 3, affiliations: 1.5, track: 1.2, event: 1.1, room: 1 },
  prefix: (_term, i, terms) => i === terms.length - 1,
  fuzzy: (term) => typoDistance(term),
  combineWith: 'AND',
};

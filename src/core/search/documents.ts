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
 * Title and speakers weigh most. Every word matches as a prefix, so the word being typed already
 * finds its sessions; words of five letters or more forgive a typo or two (`kuberntes`, `obervability`).
 */
export const queryOptions: SearchOptions = {
  boost: { title: 3, speakers: 3, affiliations: 1.5, track: 1.2, event: 1.1, room: 1 },
  prefix: true,
  fuzzy: (term) => (term.length > 4 ? 0.2 : false),
  maxFuzzy: 2,
  combineWith: 'AND',
};

// The documents the search index is built from, their field boosts and typo tolerance: shared by the app and the CLI.
// Pure TypeScript: the renderer and its index worker import it too.
import type { SessionView } from '../../shared/types';

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
export type SearchField = (typeof SEARCH_FIELDS)[number];

export function toSearchDocument(session: SessionView): SearchDocument {
  return {
    id: session.sessionKey,
    title: session.title,
    speakers: session.speakers.map((s) => s.name).join(' '),
    affiliations: session.speakers.map((s) => s.affiliation ?? '').join(' '),
    abstract: session.abstract ?? '',
    track: session.track ?? '',
    room: session.room ?? '',
    event: session.event ?? '',
  };
}

/** Title and speakers weigh most; a field not named weighs 1. */
export const FIELD_BOOSTS: Partial<Record<SearchField, number>> = {
  title: 3,
  speakers: 3,
  affiliations: 1.5,
  track: 1.2,
  event: 1.1,
  room: 1,
};

/**
 * How many edits a word may be off by: none under five letters, one up to nine, two from ten
 * (`kuberntes`, `obervability`). search-index.ts skips typo matching for words the catalogue
 * contains as typed.
 */
export function typoDistance(term: string): number | false {
  return term.length >= 10 ? 2 : term.length >= 5 ? 1 : false;
}

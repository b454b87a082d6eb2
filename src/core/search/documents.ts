// The documents the search index is built from, their field boosts and typo tolerance: shared by the app and the CLI.
// Pure TypeScript: the renderer and its index worker import it too.
import type { SessionView } from '../../shared/types';
import { foldedWords } from './fold';

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

const SCHED_SLUG = /sched\.com\/event\/[^/?#]+\/([a-z0-9-]+)/i;

/**
 * The words of a Sched URL's slug that the session's title, speakers and affiliations do not hold: Sched
 * spells the English title there, so a session a Japanese, Chinese or Spanish post titles in its own
 * language is still found by an English search (the post's title stays the one shown).
 */
export function slugAlternative(url: string | null, known: string): string {
  const slug = url ? SCHED_SLUG.exec(url)?.[1] : undefined;
  if (!slug) return '';
  const have = new Set(foldedWords(known));
  const extra = new Set<string>();
  for (const word of slug.toLowerCase().split('-')) if (word && !have.has(word)) extra.add(word);
  return [...extra].join(' ');
}

export function toSearchDocument(session: SessionView): SearchDocument {
  const speakers = session.speakers.map((s) => s.name).join(' ');
  const affiliations = session.speakers.map((s) => s.affiliation ?? '').join(' ');
  const alternative = slugAlternative(session.url, `${session.title} ${speakers} ${affiliations}`);
  return {
    id: session.sessionKey,
    title: alternative ? `${session.title} ${alternative}` : session.title,
    speakers,
    affiliations,
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

// The documents the search index is built from, and the index options shared by the app and the CLI.
// Pure TypeScript: the renderer imports it too.
import type { Options, SearchOptions } from 'minisearch';
import type { SessionView } from '../../shared/types';

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

/** Lower case without diacritics, so `selajev` finds Šelajev and `Šelajev` finds selajev. */
export function foldTerm(term: string): string {
  return term.normalize('NFKD').replace(/\p{M}+/gu, '').toLowerCase();
}

/** Splits on symbols too (`<b>etcd</b>`, `A&B`), which minisearch's default keeps inside words. */
export function tokenize(text: string): string[] {
  return text.split(/[\n\r\p{Z}\p{P}\p{S}]+/u).filter((t) => t.length > 0);
}

export const indexOptions: Options<SearchDocument> = {
  fields: ['title', 'speakers', 'affiliations', 'abstract', 'track', 'room', 'event'],
  storeFields: [],
  tokenize,
  processTerm: (term) => foldTerm(term),
};

export const queryOptions: SearchOptions = {
  boost: { title: 3, speakers: 3, affiliations: 1.5, track: 1.2 },
  prefix: true,
  fuzzy: (term) => (term.length > 4 ? 0.2 : false),
  combineWith: 'AND',
};

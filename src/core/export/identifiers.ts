// Identifiers the schedule exports carry: UUID v5 guids from session keys, numeric ids, slugs and acronyms.
import { v5 as uuidv5 } from 'uuid';
import { foldDiacritics } from '../text/normalize';

// Fixed namespaces (UUID v5 of these names in the URL namespace), so the same key gives the same guid
// in every export on every machine, and a room or person never shares a guid with a session.
const SESSION_NAMESPACE = uuidv5('kubeplan:session', uuidv5.URL);
const ROOM_NAMESPACE = uuidv5('kubeplan:room', uuidv5.URL);
const PERSON_NAMESPACE = uuidv5('kubeplan:person', uuidv5.URL);

/** The guid of a session in every frab / c3voc export: stable across exports, derived from the session key. */
export function sessionGuid(key: string): string {
  return uuidv5(key, SESSION_NAMESPACE);
}

export function roomGuid(name: string): string {
  return uuidv5(name, ROOM_NAMESPACE);
}

export function personGuid(name: string): string {
  return uuidv5(name, PERSON_NAMESPACE);
}

const MAX_ID = 0x7fffffff;

/**
 * frab's deprecated numeric event id, required and unique per file: 31 bits of the guid, so it is as
 * stable as the guid. The rare clash is settled by taking the next free number, in key order, so the
 * same catalogue always gets the same numbers.
 */
export function eventNumbers(keys: readonly string[]): Map<string, number> {
  const numbers = new Map<string, number>();
  const taken = new Set<number>();
  for (const key of [...new Set(keys)].sort()) {
    let n = Number.parseInt(sessionGuid(key).slice(0, 8), 16) & MAX_ID || 1;
    while (taken.has(n)) n = n >= MAX_ID ? 1 : n + 1;
    taken.add(n);
    numbers.set(key, n);
  }
  return numbers;
}

/** Lowercase ASCII words joined by `separator`: `Zürich: Day 1!` → `zurich-day-1`. */
export function slugWords(text: string, separator: '-' | '_', maxLength = 60): string {
  const words = foldDiacritics(text)
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter(Boolean);
  let slug = '';
  for (const word of words) {
    const next = slug ? `${slug}${separator}${word}` : word;
    if (next.length > maxLength) break;
    slug = next;
  }
  return slug || (words[0] ?? '').slice(0, maxLength);
}

/**
 * A conference acronym both c3voc schemas accept (`[a-z0-9_]`, at least four characters): the Sched
 * subdomain the sessions share (`kccnceu2026`), else the title's words; a part of the event (a track,
 * the agenda) adds its name, so each export is its own schedule when imported elsewhere.
 */
export function conferenceAcronym(base: string, part: string | null): string {
  const stem = slugWords(base, '_', 40) || 'kubeplan';
  const acronym = part ? `${stem}_${slugWords(part, '_', 40) || 'part'}` : stem;
  return acronym.length >= 4 ? acronym : `${acronym}_schedule`;
}

/** `acronym-id-title-words`: unique (the id is), and of the form the c3voc XML schema's voc-slug-new asks. */
export function eventSlug(acronym: string, id: number, title: string): string {
  const words = slugWords(title, '-');
  return `${acronym}-${id}-${words.length >= 2 ? words : `${words}-session`.replace(/^-/, '')}`;
}

/** A track slug both schemas accept: two characters or more, starting with a letter. */
export function trackSlug(name: string): string {
  const slug = slugWords(name, '-');
  return /^[a-z][a-z0-9-]*[a-z0-9]$/.test(slug) ? slug : slug ? `track-${slug}` : 'track';
}

// Catalogue filters (track, event, day, kind, room, affiliation, starred, past, unscheduled): types and the per-session rules; facet-table.ts applies them to a whole catalogue at once.
import { dayInZone } from '../time/zoned';
import type { SessionView } from '../../shared/types';

/** The facets a session can be filtered by; each selects any of several values. */
export const FACETS = ['track', 'event', 'day', 'kind', 'room', 'affiliation'] as const;
export type Facet = (typeof FACETS)[number];

export interface CatalogueFilters {
  /** Per facet, the selected values; an empty list means "any". */
  selected: Record<Facet, string[]>;
  starredOnly: boolean;
  hidePast: boolean;
  unscheduledOnly: boolean;
}

export function emptyFilters(): CatalogueFilters {
  return {
    selected: { track: [], event: [], day: [], kind: [], room: [], affiliation: [] },
    starredOnly: false,
    hidePast: false,
    unscheduledOnly: false,
  };
}

export function hasActiveFilters(filters: CatalogueFilters): boolean {
  return (
    filters.starredOnly ||
    filters.hidePast ||
    filters.unscheduledOnly ||
    FACETS.some((facet) => filters.selected[facet].length > 0)
  );
}

/** Facet values per session object, computed once: facets are counted on every keystroke. */
const valuesCache = new WeakMap<SessionView, Record<Facet, string[]>>();

/** The values a session has for a facet (several for affiliation: one per speaker). */
export function facetValues(session: SessionView, facet: Facet): string[] {
  let cached = valuesCache.get(session);
  if (!cached) {
    cached = {} as Record<Facet, string[]>;
    for (const f of FACETS) cached[f] = computeFacetValues(session, f);
    valuesCache.set(session, cached);
  }
  return cached[facet];
}

function computeFacetValues(session: SessionView, facet: Facet): string[] {
  switch (facet) {
    case 'track':
      return session.track ? [session.track] : [];
    case 'event':
      return session.event ? [session.event] : [];
    case 'day':
      return session.date ? [session.date] : [];
    case 'kind':
      return [session.kind];
    case 'room':
      return session.room ? [session.room] : [];
    case 'affiliation':
      return [...new Set(session.speakers.flatMap((s) => (s.affiliation ? [s.affiliation] : [])))];
  }
}

/** Known day but no time, or no day at all. */
export function isUnscheduled(session: SessionView): boolean {
  return session.start === null;
}

/** Over by `now`: its end (or start) has passed, or, with no time, its whole day has. */
export function isPast(session: SessionView, now: Date): boolean {
  const last = session.end ?? session.start;
  if (last) return Date.parse(last) <= now.getTime();
  if (session.date) return session.date < dayInZone(now.toISOString(), session.timeZone);
  return false;
}

/**
 * The toggles (not facets): starred, past, unscheduled. `isStarred` answers for stars changed since
 * the session was loaded; without it the session's own agenda status counts.
 */
export function matchesToggles(
  session: SessionView,
  filters: CatalogueFilters,
  now: Date,
  isStarred?: (session: SessionView) => boolean,
): boolean {
  if (filters.starredOnly && !(isStarred ? isStarred(session) : session.agenda !== null)) return false;
  if (filters.unscheduledOnly && !isUnscheduled(session)) return false;
  if (filters.hidePast && isPast(session, now)) return false;
  return true;
}

// What the catalogue remembers across restarts (query, filters, local-time toggle), checked on load.
import { z } from 'zod';
import { emptyFilters, FACETS, type CatalogueFilters } from '../../core/search/filters';

export interface SavedView {
  query: string;
  filters: CatalogueFilters;
  showLocalTime: boolean;
  /** Only For you sessions (like the stars, none starred), ranked by likeness, with reasons. */
  forYou: boolean;
}

export const SAVED_VIEW_KEY = 'kubeplan.catalogue.v1';

const savedViewSchema = z.object({
  query: z.string().max(500),
  filters: z.object({
    selected: z.object(Object.fromEntries(FACETS.map((f) => [f, z.array(z.string().max(300)).max(500)]))),
    starredOnly: z.boolean(),
    hidePast: z.boolean(),
    unscheduledOnly: z.boolean(),
  }),
  showLocalTime: z.boolean(),
  // Views saved before For you existed keep working.
  forYou: z.boolean().default(false),
});

export function initialView(): SavedView {
  return { query: '', filters: emptyFilters(), showLocalTime: false, forYou: false };
}

/** A stored view, or null when it is missing or from an incompatible version. */
export function parseSavedView(raw: unknown): SavedView | null {
  const parsed = savedViewSchema.safeParse(raw);
  return parsed.success ? (parsed.data as SavedView) : null;
}

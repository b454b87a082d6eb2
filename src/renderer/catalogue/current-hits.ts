// Hits found by an index built from an older load of the sessions, shown with today's copies.
import type { CatalogueHit } from '../../core/search/search-catalogue';
import type { SessionView } from '../../shared/types';

/**
 * While a new index is built (after an import, say), the previous one keeps answering: a moment of
 * slightly old results beats a flash of the whole unfiltered catalogue. Each hit shows the session as
 * loaded now, and sessions no longer listed drop out.
 */
export function currentHits(hits: CatalogueHit[], current: ReadonlyMap<string, SessionView>): CatalogueHit[] {
  const fresh: CatalogueHit[] = [];
  for (const hit of hits) {
    const session = current.get(hit.session.sessionKey);
    if (session) fresh.push(session === hit.session ? hit : { session, terms: hit.terms });
  }
  return fresh;
}

// Recommendations: sessions like one session (More like this), and like everything the user starred (For you).
import type { Recommendation } from '../../shared/planning-types';
import type { AgendaStatus, SessionView } from '../../shared/types';
import { buildRecommender, forYou, moreLikeThis, type Recommender } from '../recommend/similar';
import type { Db } from '../store/db';
import { catalogueStamp } from '../store/catalogue-stamp';
import { getSession, listSessions } from '../store/read-sessions';
import type { UseCaseDeps } from './deps';

/** The word vectors of the catalogue, kept per database until its sessions change (a build takes ~0.3 s). */
const built = new WeakMap<Db, { stamp: string; recommender: Recommender }>();

/** The recommender over the current catalogue, stars as they are now. */
export function recommenderOf(db: Db): Recommender {
  const stamp = catalogueStamp(db);
  const cached = built.get(db);
  const sessions = listSessions(db);
  if (cached && cached.stamp === stamp) {
    // Same sessions: only the stars changed, which the vectors do not depend on.
    const byKey = new Map(sessions.map((s) => [s.sessionKey, s]));
    const fresh = cached.recommender.vectors.sessions.map((s) => byKey.get(s.sessionKey) ?? s);
    return { ...cached.recommender, vectors: { ...cached.recommender.vectors, sessions: fresh } };
  }
  const recommender = buildRecommender(sessions);
  built.set(db, { stamp, recommender });
  return recommender;
}

export function starsOf(sessions: readonly SessionView[]): Map<string, AgendaStatus> {
  return new Map(sessions.flatMap((s) => (s.agenda ? [[s.sessionKey, s.agenda] as const] : [])));
}

/** The sessions most like one (5–10; 8 unless asked), with reasons. An unknown key is refused by name. */
export function recommendSimilar(deps: UseCaseDeps, sessionKey: string, limit = 8): Recommendation[] {
  getSession(deps.db, sessionKey);
  return moreLikeThis(recommenderOf(deps.db), sessionKey, limit);
}

/** Sessions like the user's stars (going counts twice maybe), none of them starred; empty with no stars. */
export function recommendForYou(deps: UseCaseDeps, limit = 20): Recommendation[] {
  const recommender = recommenderOf(deps.db);
  return forYou(recommender, starsOf(recommender.vectors.sessions), limit);
}

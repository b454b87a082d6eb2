// Recommendation quality and speed on the real KubeCon EU 2026 export: per track, star 5 sessions,
// hide 5 more, and count the hidden ones in For you's top 20; and the time to build and to answer.
import { buildRecommender, forYou, moreLikeThis } from '../../../src/core/recommend/similar';
import { proposePlan } from '../../../src/core/plan/propose-plan';
import type { SessionView } from '../../../src/shared/types';
import { kubeconEu2026Catalogue } from '../../support/kubecon-catalogue';
import { measure, report, type BenchCase } from '../harness';

function heldOut(sessions: SessionView[]): { found: number; hidden: number; tracks: number } {
  const recommender = buildRecommender(sessions);
  const tracks = new Map<string, SessionView[]>();
  for (const s of sessions) if (s.track) tracks.set(s.track, [...(tracks.get(s.track) ?? []), s]);
  let found = 0;
  let hidden = 0;
  let counted = 0;
  for (const list of tracks.values()) {
    if (list.length < 10) continue;
    counted += 1;
    const stars = new Map(list.slice(0, 5).map((s) => [s.sessionKey, 'going' as const]));
    const held = new Set(list.slice(5, 10).map((s) => s.sessionKey));
    found += forYou(recommender, stars, 20).filter((r) => held.has(r.session.sessionKey)).length;
    hidden += held.size;
  }
  return { found, hidden, tracks: counted };
}

export const recommendations: BenchCase = {
  title: 'Recommendations (held-out stars) and the conflict-free plan on KubeCon EU 2026',
  run() {
    const sessions = kubeconEu2026Catalogue();
    const quality = heldOut(sessions);
    console.log(
      `held-out stars: ${quality.found} of ${quality.hidden} hidden sessions in the top 20 ` +
        `(${((100 * quality.found) / quality.hidden).toFixed(1)}%, ${quality.tracks} tracks of 10+ sessions)`,
    );
    const baseline = measure(
      'search-index style term vectors: buildRecommender',
      () => void buildRecommender(sessions),
      5,
    );
    const recommender = buildRecommender(sessions);
    const key = sessions[100]!.sessionKey;
    report(
      measure('moreLikeThis (8)', () => void moreLikeThis(recommender, key), 20),
      baseline,
      'one session page',
    );
    const stars = new Map(sessions.filter((_, i) => i % 12 === 0).map((s) => [s.sessionKey, 'going' as const]));
    report(
      measure(`forYou (${stars.size} stars)`, () => void forYou(recommender, stars, 60), 5),
      baseline,
      'top 60',
    );
    const starred = sessions.map((s) => (stars.has(s.sessionKey) ? { ...s, agenda: 'going' as const } : s));
    const fill = forYou(recommender, stars, 60);
    const plan = () => proposePlan({ sessions: starred, pinned: new Set(), recorded: new Set(), fill, hallMinutes: 5 });
    report(
      measure('proposePlan (every day, exact)', plan, 5),
      baseline,
      `${plan().droppedCount} dropped, ${plan().addedCount} added`,
    );
  },
};

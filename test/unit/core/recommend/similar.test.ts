// Recommendations on the real KubeCon EU 2026 catalogue: More like this with reasons a person can
// check, and For you from stars (going weighs more than maybe), measured on held-out stars.
import { describe, expect, it } from 'vitest';
import { buildRecommender, forYou, moreLikeThis } from '../../../../src/core/recommend/similar';
import type { AgendaStatus } from '../../../../src/shared/types';
import { kubeconEu2026Catalogue } from '../../../support/kubecon-catalogue';

const sessions = kubeconEu2026Catalogue();
const recommender = buildRecommender(sessions);
const byTitle = (pattern: RegExp) => sessions.find((s) => pattern.test(s.title))!;

describe('moreLikeThis', () => {
  it('finds talks about the same subject and says which words they share', () => {
    const ebpf = byTitle(/DNS Tracing & Metrics Via eBPF/);
    const similar = moreLikeThis(recommender, ebpf.sessionKey);
    expect(similar.length).toBeGreaterThanOrEqual(5);
    expect(similar.length).toBeLessThanOrEqual(10);
    expect(similar.map((r) => r.session.sessionKey)).not.toContain(ebpf.sessionKey);
    // The top five are about tracing, metrics and OpenTelemetry, and say so.
    for (const r of similar.slice(0, 5)) {
      expect(`${r.session.title} ${r.session.abstract}`).toMatch(/opentelemetry|tracing|metrics|ebpf/i);
      expect(r.reasons[0]).toMatch(/^also about .*(OpenTelemetry|Tracing|Metrics|Ebpf)/);
    }
    for (const r of similar) expect(r.reasons.length).toBeGreaterThan(0);
  });

  it('names a shared speaker', () => {
    const counts = new Map<string, number>();
    for (const s of sessions) for (const p of s.speakers) counts.set(p.name, (counts.get(p.name) ?? 0) + 1);
    const [name] = [...counts].find(([, n]) => n >= 2)!;
    const [first, second] = sessions.filter((s) => s.speakers.some((p) => p.name === name));
    const similar = moreLikeThis(recommender, first!.sessionKey, 10);
    const hit = similar.find((r) => r.session.sessionKey === second!.sessionKey);
    expect(hit?.reasons).toContainEqual(expect.stringMatching(new RegExp(`^same speakers?: .*${name}`)));
  });

  it('knows no session by an unknown key', () => {
    expect(moreLikeThis(recommender, 'no-such-key')).toEqual([]);
  });
});

describe('forYou', () => {
  it('leaves out what is starred and says which star a suggestion is like', () => {
    const stars = new Map<string, AgendaStatus>([[byTitle(/DNS Tracing & Metrics Via eBPF/).sessionKey, 'going']]);
    const list = forYou(recommender, stars, 20);
    expect(list.length).toBe(20);
    expect(list.some((r) => stars.has(r.session.sessionKey))).toBe(false);
    expect(list[0]!.reasons[0]).toBe('like “DNS Tracing & Metrics Via eBPF in OpenTelemetry”');
  });

  it('ranks by going over maybe', () => {
    const security = sessions.filter((s) => s.track === 'Security');
    const ai = sessions.filter((s) => s.track === 'AI + ML');
    const stars = (going: typeof sessions, maybe: typeof sessions) =>
      new Map<string, AgendaStatus>([
        ...going.slice(0, 3).map((s) => [s.sessionKey, 'going'] as const),
        ...maybe.slice(0, 3).map((s) => [s.sessionKey, 'maybe'] as const),
      ]);
    const track = (list: ReturnType<typeof forYou>, name: string) =>
      list.slice(0, 10).filter((r) => r.session.track === name).length;
    const goingSecurity = forYou(recommender, stars(security, ai), 10);
    const goingAi = forYou(recommender, stars(ai, security), 10);
    expect(track(goingSecurity, 'Security')).toBeGreaterThan(track(goingAi, 'Security'));
    expect(track(goingAi, 'AI + ML')).toBeGreaterThan(track(goingSecurity, 'AI + ML'));
  });

  it('finds most held-out sessions of a track in its top 20 (star 5, hide 5)', () => {
    const tracks = new Map<string, typeof sessions>();
    for (const s of sessions) if (s.track) tracks.set(s.track, [...(tracks.get(s.track) ?? []), s]);
    let found = 0;
    let hidden = 0;
    for (const list of tracks.values()) {
      if (list.length < 10) continue;
      const stars = new Map(list.slice(0, 5).map((s) => [s.sessionKey, 'going' as const]));
      const held = new Set(list.slice(5, 10).map((s) => s.sessionKey));
      found += forYou(recommender, stars, 20).filter((r) => held.has(r.session.sessionKey)).length;
      hidden += held.size;
    }
    expect(hidden).toBeGreaterThanOrEqual(50);
    expect(found / hidden).toBeGreaterThanOrEqual(0.7);
  });
});

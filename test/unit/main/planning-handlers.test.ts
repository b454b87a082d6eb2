// The planning channels through the real dispatch, on the KubeCon EU 2026 export imported as a
// dropped file: recommendations, a plan proposed, applied and undone, a colleague's overlay, the
// shared agenda saved where main's dialog says, recordings from a YouTube feed and the Missed list.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { startApp } from '../../../src/main/app-context';
import { createDispatch } from '../../../src/main/dispatch';
import { createHandlers } from '../../../src/main/handlers/index';
import type { PlanProposal, Recommendation, TeamImportResult } from '../../../src/shared/planning-types';
import type { SessionView } from '../../../src/shared/types';
import { BUNDLED_FEED, FIXTURES, tempDir } from '../helpers';

const SCHEDULE = path.join(FIXTURES, 'schedules', 'sched-kccnceu2026-all.ics');
const YOUTUBE = path.join(FIXTURES, 'recordings', 'youtube-kubecon-eu-2026.xml');

async function backend() {
  const dir = tempDir();
  const saved = path.join(dir, 'for-ana.ics');
  const app = startApp({
    databasePath: path.join(dir, 'kubeplan.db'),
    bundledFeedFile: BUNDLED_FEED,
    openExternal: async () => true,
    chooseSavePath: async () => saved,
  });
  const dispatch = createDispatch(createHandlers(app));
  const call = async <T>(channel: string, input?: unknown): Promise<T> => {
    const result = await dispatch(channel, input);
    if (!result.ok) throw new Error(`${channel}: ${result.error.message}`);
    return result.value as T;
  };
  await call('import:confirm', { name: 'all.ics', text: fs.readFileSync(SCHEDULE, 'utf8'), skipBad: true });
  return { call, dispatch, saved };
}

describe('planning channels', () => {
  it('recommend, propose, apply and undo', async () => {
    const { call } = await backend();
    const sessions = (await call<SessionView[]>('catalogue:list')).filter((s) => s.event?.includes('2026'));
    const talk = sessions.find((s) => /OpenTelemetry/.test(s.title))!;
    const similar = await call<Recommendation[]>('planning:similar', { sessionKey: talk.sessionKey });
    expect(similar.length).toBeGreaterThanOrEqual(5);
    const rivals = sessions.filter((s) => s.start === talk.start && s.sessionKey !== talk.sessionKey).slice(0, 1);
    await call('agenda:set-star', { sessionKey: talk.sessionKey, status: 'going' });
    for (const r of rivals) await call('agenda:set-star', { sessionKey: r.sessionKey, status: 'maybe' });
    const forYou = await call<Recommendation[]>('planning:for-you');
    expect(forYou.some((r) => r.session.sessionKey === talk.sessionKey)).toBe(false);
    const proposal = await call<PlanProposal>('planning:propose', { fill: false });
    const drop = proposal.days.flatMap((d) => d.dropped.map((x) => x.session.sessionKey));
    expect(drop).toEqual(rivals.map((r) => r.sessionKey));
    await call('planning:apply', { drop, add: [] });
    expect((await call<SessionView>('catalogue:get', { sessionKey: rivals[0]!.sessionKey })).agenda).toBeNull();
    await call('planning:undo');
    expect((await call<SessionView>('catalogue:get', { sessionKey: rivals[0]!.sessionKey })).agenda).toBe('maybe');
  });

  it('team overlay, shared agenda, recordings and missed', async () => {
    const { call, dispatch, saved } = await backend();
    const sessions = (await call<SessionView[]>('catalogue:list')).filter((s) => s.start?.startsWith('2026-03-25'));
    await call('agenda:set-star', { sessionKey: sessions[0]!.sessionKey, status: 'going' });
    await call('agenda:set-note', { sessionKey: sessions[0]!.sessionKey, note: 'only for me' });
    const result = await call<{ path: string; eventCount: number }>('team:save', { shareNotes: 'none' });
    expect(result).toEqual({ path: saved, eventCount: 1 });
    expect(fs.readFileSync(saved, 'utf8')).not.toContain('only for me');
    const added = await call<TeamImportResult>('team:add', {
      name: 'Ana',
      text: fs.readFileSync(saved, 'utf8'),
      fileName: 'for-ana.ics',
    });
    expect(added.matched).toBe(1);
    expect(await call('team:overlay')).toEqual([
      { sessionKey: sessions[0]!.sessionKey, members: [{ name: 'Ana', status: 'going' }] },
    ]);
    const imported = await call<{ matched: number }>('recordings:import', {
      name: 'youtube.xml',
      text: fs.readFileSync(YOUTUBE, 'utf8'),
    });
    expect(imported.matched).toBeGreaterThan(80);
    expect((await call<unknown[]>('recordings:list')).length).toBe(imported.matched);
    const missed = await call<{ session: SessionView }[]>('recordings:missed');
    expect(missed.map((m) => m.session.sessionKey)).toEqual([sessions[0]!.sessionKey]);
    const bad = await dispatch('team:remove', { name: 'Nobody' });
    expect(bad).toMatchObject({ ok: false, error: { code: 'not-found' } });
  });
});

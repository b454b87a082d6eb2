// The planning commands through the real CLI on the KubeCon EU 2026 export: recommend, plan --resolve
// (a diff, then --apply and undo), team add/list/coverage/export/remove, recordings through import, missed.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../../../src/cli/main';
import { FIXTURES, tempDir } from '../helpers';

const SCHEDULE = path.join(FIXTURES, 'schedules', 'sched-kccnceu2026-all.ics');
const TUESDAY = path.join(FIXTURES, 'schedules', 'sched-kccnceu2026-tuesday-morning.ics');
const YOUTUBE = path.join(FIXTURES, 'recordings', 'youtube-kubecon-eu-2026.xml');

async function run(args: string[], env: NodeJS.ProcessEnv = {}) {
  let stdout = '';
  let stderr = '';
  const code = await main(args, { stdout: (t) => (stdout += t), stderr: (t) => (stderr += t), env });
  return { code, stdout, stderr };
}

async function catalogue(): Promise<string> {
  const db = path.join(tempDir(), 'kubeplan.db');
  expect((await run(['import', SCHEDULE, '--db', db])).code).toBe(0);
  return db;
}

interface Listed {
  sessionKey: string;
  title: string;
  start: string | null;
  room: string | null;
  kind: string;
}

async function sessions(db: string): Promise<Listed[]> {
  return JSON.parse((await run(['list', '--json', '--db', db])).stdout) as Listed[];
}

describe('kubeplan recommend and plan', () => {
  it('recommends with reasons, proposes a diff, applies it and undoes it', async () => {
    const db = await catalogue();
    const all = await sessions(db);
    const talks = all.filter((s) => s.kind === 'talk' && s.start?.startsWith('2026-03-25'));
    const rivalsOf = (x: Listed) => talks.filter((s) => s.start === x.start && s.room !== x.room).slice(0, 2);
    const a = talks.find((x) => rivalsOf(x).length === 2)!;
    const rivals = rivalsOf(a);
    expect(rivals.length).toBe(2);
    const like = await run(['recommend', a.sessionKey, '--db', db]);
    expect(like.code).toBe(0);
    expect(like.stdout).toMatch(/also about|same track|same speaker/);
    expect((await run(['star', a.sessionKey, '--db', db])).code).toBe(0);
    expect((await run(['star', ...rivals.map((r) => r.sessionKey), '--maybe', '--db', db])).code).toBe(0);
    const forYou = JSON.parse((await run(['recommend', '--json', '--db', db])).stdout) as {
      session: Listed;
      reasons: string[];
    }[];
    expect(forYou.length).toBe(20);
    expect(forYou.some((r) => r.session.sessionKey === a.sessionKey)).toBe(false);

    const before = (await run(['agenda', '--db', db])).stdout;
    const proposal = await run(['plan', '--resolve', '--no-fill', '--db', db]);
    expect(proposal.stdout).toContain(`= ${a.start!.slice(11, 16)}  ${a.title}`);
    expect(proposal.stdout).toContain(
      `- ${rivals[0]!.start!.slice(11, 16)}  ${rivals[0]!.title}  (overlaps “${a.title}” (going))`,
    );
    expect(proposal.stdout).toContain('nothing changed; apply with --apply');
    expect((await run(['agenda', '--db', db])).stdout).toBe(before);
    expect((await run(['plan', '--resolve', '--no-fill', '--apply', '--db', db])).stdout).toContain(
      'kubeplan plan undo',
    );
    expect((await run(['agenda', '--db', db])).stdout).toContain('1 starred, 0 conflicts');
    expect((await run(['plan', 'undo', '--db', db])).code).toBe(0);
    expect((await run(['agenda', '--db', db])).stdout).toBe(before);
    const wrong = await run(['plan', '--db', db]);
    expect(wrong.code).toBe(2);
  });
});

describe('kubeplan team, recordings and missed', () => {
  it('keeps a colleague apart, shares the agenda, reads a YouTube feed through import', async () => {
    const db = await catalogue();
    const added = await run(['team', 'add', 'Ana', TUESDAY, '--db', db]);
    expect(added.stdout).toMatch(/^Ana: \d+ sessions matched/);
    expect((await run(['team', 'list', '--db', db])).stdout).toMatch(/^Ana: \d+ sessions/);
    expect((await run(['agenda', '--db', db])).stdout).toContain('Your agenda is empty');
    const coverage = await run(['team', 'coverage', 'SECURITY', '--db', db]);
    expect(coverage.stdout).toMatch(/^\d+ covered, \d+ nobody attends:/);

    const [first] = await sessions(db);
    await run(['star', first!.sessionKey, '--db', db]);
    await run(['note', first!.sessionKey, 'secret', 'plan', '--db', db]);
    const out = path.join(tempDir(), 'shared.ics');
    expect((await run(['team', 'export', '-o', out, '--db', db])).stdout).toContain(`1 sessions written to ${out}`);
    expect(fs.readFileSync(out, 'utf8')).not.toContain('secret plan');
    await run(['team', 'export', '--share-notes', 'all', '-o', out, '--db', db]);
    expect(fs.readFileSync(out, 'utf8')).toContain('secret plan');

    const imported = await run(['import', YOUTUBE, '--db', db]);
    expect(imported.stdout).toMatch(/: 8\d of 95 videos matched to sessions/);
    const recordings = JSON.parse((await run(['recordings', '--json', '--db', db])).stdout) as { sessionKey: string }[];
    expect(recordings.length).toBeGreaterThan(80);
    await run(['star', recordings[0]!.sessionKey, '--db', db]);
    // After the event everything starred is missed; the recorded session comes first.
    const missed = JSON.parse((await run(['missed', '--json', '--db', db])).stdout) as {
      session: { sessionKey: string };
      recordings: unknown[];
    }[];
    expect(missed[0]!.session.sessionKey).toBe(recordings[0]!.sessionKey);
    expect(missed[0]!.recordings.length).toBe(1);
    expect((await run(['team', 'remove', 'Ana', '--db', db])).stdout).toContain('removed Ana');
  });
});

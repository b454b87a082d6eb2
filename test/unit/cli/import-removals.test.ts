// `kubeplan import` never wipes a plan: the dry run leads with your starred sessions, and an import that
// removes a starred session or over a quarter of its source is refused unless --allow-removals says so.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../../../src/cli/main';
import { FIXTURES, tempDir } from '../helpers';

async function run(args: string[]) {
  let stdout = '';
  let stderr = '';
  const code = await main(args, { stdout: (t) => (stdout += t), stderr: (t) => (stderr += t), env: {} });
  return { code, stdout, stderr };
}

const SCHEDULES = path.join(FIXTURES, 'schedules');
const REMOVED = 'b3baba1cfb52fdb5cb4924e1a19d9e52';
const TITLE = 'Kubernetes Network Driver Unpacked: Modularity, Trade-offs and the Road Ahead';

describe('kubeplan import --allow-removals', () => {
  it('refuses a truncated export naming what would go, and imports it only when allowed', async () => {
    const dir = tempDir();
    const db = path.join(dir, 'cli.db');
    const download = path.join(dir, 'all.ics');
    fs.copyFileSync(path.join(SCHEDULES, 'sched-kccnceu2026-all.ics'), download);
    expect((await run(['import', download, '--db', db])).code).toBe(0);
    expect((await run(['star', REMOVED, '--db', db])).code).toBe(0);
    // The next download stopped after Tuesday morning.
    fs.copyFileSync(path.join(SCHEDULES, 'sched-kccnceu2026-tuesday-morning.ics'), download);

    const dry = await run(['import', download, '--dry-run', '--db', db]);
    expect(dry.code).toBe(0);
    const lines = dry.stdout.split('\n');
    // Your sessions come first, before the counts.
    expect(lines[1]).toBe('  your sessions: would change:');
    expect(lines[2]).toBe(`    ★ "${TITLE}": removed from the schedule`);
    expect(lines[3]).toMatch(/^ {2}would import: \d+ new, \d+ changed, \d+ removed/);
    expect(dry.stdout).toContain('needs --allow-removals: it takes 1 starred session out of your agenda');

    const refused = await run(['import', download, '--db', db]);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain('needs a second confirmation');
    expect(refused.stderr).toContain(`"${TITLE}"`);
    // Every session that would go is listed, the starred one first.
    const listing = refused.stderr.split('\n');
    expect(listing[0]).toBe(`${download}: the import would remove:`);
    expect(listing[1]).toBe(`  ★ ${TITLE}`);
    expect(listing).toContain('  …and 509 more');
    expect(refused.stderr).toContain('--allow-removals');
    const agenda = JSON.parse((await run(['agenda', '--json', '--db', db])).stdout) as unknown;
    expect(JSON.stringify(agenda)).toContain(REMOVED);
    const listed = JSON.parse((await run(['list', '--json', '--db', db])).stdout) as unknown[];
    expect(listed.length).toBeGreaterThan(400);

    const allowed = await run(['import', download, '--allow-removals', '--json', '--db', db]);
    expect(allowed.code).toBe(0);
    const report = JSON.parse(allowed.stdout) as { counts: { removed: number }; starred: { sessionKey: string }[] };
    expect(report.counts.removed).toBeGreaterThan(400);
    expect(report.starred.map((s) => s.sessionKey)).toEqual([REMOVED]);
  });
});

// Issue 13: `kubeplan feeds refresh` has the safeguard every import has: a refresh that would take a
// starred session out of the agenda (or over a quarter of the feed's sessions) is held back, changing
// nothing, until it is run again with --allow-removals.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../../../src/cli/main';
import { dumpFile } from '../faults/fault-helpers';
import { BUNDLED_FEED, tempDir } from '../helpers';

async function run(args: string[]) {
  let stdout = '';
  let stderr = '';
  const code = await main(args, { stdout: (t) => (stdout += t), stderr: (t) => (stderr += t), env: {} });
  return { code, stdout, stderr };
}

const STARRED = '1YFdf';

describe('kubeplan feeds refresh', () => {
  it('holds back a refresh that drops a starred session, and applies it with --allow-removals', async () => {
    const dir = tempDir();
    const db = path.join(dir, 'cli.db');
    const feed = path.join(dir, 'feed.xml');
    const original = fs.readFileSync(BUNDLED_FEED, 'utf8');
    expect(original).toContain(`sched.com/event/${STARRED}`);
    fs.writeFileSync(feed, original);
    expect((await run(['feeds', 'add', feed, '--db', db])).code).toBe(0);
    expect((await run(['star', STARRED, '--db', db])).code).toBe(0);

    // The post that lists the starred session is gone from the feed: its sessions would be removed.
    const items = original.match(/<item>[\s\S]*?<\/item>/g)!;
    const post = items.find((item) => item.includes(`sched.com/event/${STARRED}`))!;
    fs.writeFileSync(feed, original.replace(post, ''));
    const kept = dumpFile(db);
    const held = await run(['feeds', 'refresh', '--db', db]);
    expect(held.code).toBe(1);
    expect(held.stdout).toContain(`${feed}: held: held back: it takes 1 starred session out of your agenda`);
    expect(held.stdout).toMatch(/★ .*removed from the schedule/);
    expect(dumpFile(db)).toEqual(kept);
    const listed = JSON.parse((await run(['feeds', 'list', '--json', '--db', db])).stdout) as {
      location: string;
      lastStatus: string;
      lastError: string;
    }[];
    expect(listed.find((f) => f.location === feed)).toMatchObject({ lastStatus: 'error' });

    const allowed = await run(['feeds', 'refresh', '--allow-removals', '--db', db]);
    expect(allowed.code).toBe(0);
    expect(allowed.stdout).toMatch(/feed\.xml: 0 new, 0 changed, [1-9]\d* removed/);
    // The starred session stays in the agenda, marked removed from the schedule.
    const agenda = await run(['agenda', '--json', '--db', db]);
    expect(agenda.stdout).toContain(STARRED);
  });
});

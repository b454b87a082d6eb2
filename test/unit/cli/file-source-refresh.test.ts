// Issue 13: refreshing a file source that has not changed writes nothing, so it takes no backup,
// however often it is refreshed; a file that did change takes one, just before its write.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../../../src/cli/main';
import { BUNDLED_FEED, FIXTURES, tempDir } from '../helpers';

async function run(args: string[]) {
  let stdout = '';
  let stderr = '';
  const code = await main(args, { stdout: (t) => (stdout += t), stderr: (t) => (stderr += t), env: {} });
  return { code, stdout, stderr };
}

function backups(db: string): number {
  const dir = path.join(path.dirname(db), 'backups');
  return fs.existsSync(dir) ? fs.readdirSync(dir).length : 0;
}

const TUESDAY = path.join(FIXTURES, 'schedules', 'sched-kccnceu2026-tuesday-morning.ics');

describe('re-reading an unchanged file source', () => {
  it('a schedule file and a feed file: no backup per refresh, one when the file changed', async () => {
    const dir = tempDir();
    const db = path.join(dir, 'cli.db');
    const schedule = path.join(dir, 'tuesday.ics');
    const feed = path.join(dir, 'feed.xml');
    fs.copyFileSync(TUESDAY, schedule);
    fs.copyFileSync(BUNDLED_FEED, feed);
    expect((await run(['sources', 'add', schedule, '--db', db])).code).toBe(0);
    expect((await run(['feeds', 'add', feed, '--db', db])).code).toBe(0);
    const before = backups(db);

    for (let i = 0; i < 3; i++) {
      const refreshed = await run(['sources', 'refresh', '--db', db]);
      expect(refreshed.code, refreshed.stderr).toBe(0);
      expect(refreshed.stdout).toContain(`${schedule}: 0 new, 0 changed, 0 removed`);
      const feeds = await run(['feeds', 'refresh', '--db', db]);
      expect(feeds.code, feeds.stderr).toBe(0);
    }
    expect(backups(db)).toBe(before);

    // A change in the file is a write, and that write is backed up first.
    fs.writeFileSync(schedule, fs.readFileSync(TUESDAY, 'utf8').replace(/SUMMARY:([^\r\n]*)/, 'SUMMARY:Renamed $1'));
    const changed = await run(['sources', 'refresh', '--db', db]);
    expect(changed.stdout).toContain(`${schedule}: 0 new, 1 changed, 0 removed`);
    expect(backups(db)).toBe(before + 1);
  });
});

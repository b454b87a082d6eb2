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

const FOSDEM = path.join(FIXTURES, 'schedules', 'pentabarf-fosdem-2024-trimmed.xml');

describe('kubeplan import (schedules)', () => {
  it('--dry-run --json prints one summary object and stores nothing', async () => {
    const db = path.join(tempDir(), 'cli.db');
    const dry = await run(['import', FOSDEM, '--dry-run', '--json', '--db', db]);
    expect(dry.code).toBe(0);
    expect(JSON.parse(dry.stdout)).toEqual({
      file: FOSDEM,
      format: 'pentabarf',
      event: 'FOSDEM 2024',
      timeZone: 'Europe/Brussels',
      starred: [],
      counts: { new: 337, changed: 0, removed: 0, unchanged: 0, skipped: 0 },
      removals: { sourceSessions: 0, removed: [], reasons: [] },
      problems: [],
      warnings: [],
    });
    const listed = await run(['list', '--json', '--db', db]);
    expect(JSON.parse(listed.stdout)).toEqual([]);
  });

  it('imports, then reports a re-import as unchanged; feeds still go through the feed scraper', async () => {
    const db = path.join(tempDir(), 'cli.db');
    expect((await run(['import', FOSDEM, '--db', db])).stdout).toContain(
      '337 new, 0 changed, 0 removed, 0 unchanged, 0 skipped',
    );
    expect((await run(['import', FOSDEM, '--db', db])).stdout).toContain('0 new, 0 changed, 0 removed, 337 unchanged');
    const feed = await run(['import', BUNDLED_FEED, '--db', db]);
    expect(feed.code).toBe(0);
    expect(feed.stdout).toMatch(/\d+ new, 0 changed, 0 removed, 0 unchanged/);
  });

  it('exits non-zero naming file, row and field when problems stop the import; --skip-bad imports the rest', async () => {
    const dir = tempDir();
    const db = path.join(dir, 'cli.db');
    const csv = path.join(dir, 'talks.csv');
    fs.writeFileSync(csv, 'Title,Start Time,Room\nGood,2026-03-24 10:00,Hall 7\nBad,someday,Hall 8\n');
    const stopped = await run(['import', csv, '--tz', 'Europe/Amsterdam', '--db', db]);
    expect(stopped.code).toBe(1);
    expect(stopped.stderr).toContain(`${csv}:3 Start Time: cannot read start time "someday"`);
    expect(JSON.parse((await run(['list', '--json', '--db', db])).stdout)).toEqual([]);
    const dry = await run(['import', csv, '--tz', 'Europe/Amsterdam', '--dry-run', '--json', '--db', db]);
    expect(JSON.parse(dry.stdout).problems).toEqual([
      { where: `${csv}:3 Start Time`, message: 'cannot read start time "someday"' },
    ]);
    const skipped = await run(['import', csv, '--tz', 'Europe/Amsterdam', '--skip-bad', '--db', db]);
    expect(skipped.code).toBe(0);
    expect(skipped.stdout).toContain('1 new, 0 changed, 0 removed, 0 unchanged, 1 skipped');
  });

  it('maps CSV columns from --map and rejects bad options as usage errors', async () => {
    const dir = tempDir();
    const db = path.join(dir, 'cli.db');
    const csv = path.join(dir, 'plan.csv');
    fs.writeFileSync(csv, 'Talk;When;Where\nHello;2026-03-24T10:00:00+01:00;Room 1\n');
    const mapped = await run(['import', csv, '--map', 'start=When,room=Where', '--json', '--db', db]);
    expect(mapped.code).toBe(0);
    expect(JSON.parse(mapped.stdout).counts.new).toBe(1);
    const listed = JSON.parse((await run(['list', '--json', '--db', db])).stdout) as { title: string; room: string }[];
    expect(listed.map((s) => [s.title, s.room])).toEqual([['Hello', 'Room 1']]);
    expect((await run(['import', csv, '--map', 'colour=When', '--db', db])).code).toBe(2);
    expect((await run(['import', csv, '--format', 'docx', '--db', db])).code).toBe(2);
    const zone = await run(['import', csv, '--tz', 'Mars/Olympus', '--db', db]);
    expect(zone.code).toBe(1);
    expect(zone.stderr).toContain('unknown time zone "Mars/Olympus"');
  });
});

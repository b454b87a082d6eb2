import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../../../src/cli/main';
import { openStore } from '../../../src/core/store/open-store';
import { IDS, seedAgendaDb } from '../../support/agenda-db';
import { FIXTURES, tempDir } from '../helpers';

async function run(args: string[]) {
  let stdout = '';
  let stderr = '';
  const code = await main(args, { stdout: (t) => (stdout += t), stderr: (t) => (stderr += t), env: {} });
  return { code, stdout, stderr };
}

function seededFile(): string {
  const file = path.join(tempDir(), 'cli.db');
  const db = openStore(file);
  seedAgendaDb(db);
  db.close();
  return file;
}

describe('kubeplan agenda commands', () => {
  it('stars, unstars and notes sessions, and prints the agenda as JSON with its conflict', async () => {
    const db = seededFile();
    expect((await run(['star', IDS.leastPrivilege, IDS.agentKeys, '--db', db])).code).toBe(0);
    expect((await run(['star', 'dst-spring', '--maybe', '--db', db])).stdout).toContain('★ maybe: Zürich; Köln');
    expect((await run(['note', 'dst-spring', 'bring', 'a', 'torch', '--db', db])).code).toBe(0);
    const agenda = JSON.parse((await run(['agenda', '--json', '--db', db])).stdout) as {
      sessions: { sessionKey: string; agenda: string; note: string | null }[];
      conflictCount: number;
    };
    expect(agenda.conflictCount).toBe(1);
    expect(agenda.sessions.find((s) => s.sessionKey === 'dst-spring')).toMatchObject({
      agenda: 'maybe',
      note: 'bring a torch',
    });
    expect((await run(['unstar', IDS.agentKeys, '--db', db])).code).toBe(0);
    const text = (await run(['agenda', '--db', db])).stdout;
    expect(text).toContain('2 starred, 0 conflicts');
    const missing = await run(['star', 'nope', '--db', db]);
    expect(missing).toMatchObject({ code: 1, stderr: expect.stringContaining('no session with key nope') });
  });

  it('exports the agenda, a track, an event and a search to .ics files, and says how many were left out', async () => {
    const db = seededFile();
    const dir = tempDir();
    await run(['star', 'dst-spring', 'no-day', '--db', db]);
    const agenda = await run(['export', '--agenda', '-o', path.join(dir, 'a.ics'), '--db', db]);
    expect(agenda).toMatchObject({ code: 0, stdout: expect.stringContaining('1 events') });
    expect(agenda.stderr).toContain('1 session with no day yet left out');
    expect(fs.readFileSync(path.join(dir, 'a.ics'), 'utf8')).toContain('UID:kubeplan-dst-spring@kubeplan\r\n');

    const track = await run(['export', '--track', 'ai + ml', '-o', path.join(dir, 't.ics'), '--json', '--db', db]);
    expect(JSON.parse(track.stdout)).toMatchObject({ eventCount: 5 });
    const search = await run(['export', '--query', 'thanos parquet', '-o', '-', '--db', db]);
    expect(search.stdout.match(/BEGIN:VEVENT/g)).toHaveLength(1);
    expect(search.stdout.replace(/\r\n /g, '')).toContain(
      'SUMMARY:Accelerating Thanos at Scale: Faster and Cheaper Queries With Parquet',
    );
    // The same search as the app: an exclusion removes what the plain query found.
    const broad = await run(['export', '--query', 'queries', '-o', '-', '--db', db]);
    expect(broad.stdout.replace(/\r\n /g, '')).toContain('SUMMARY:Accelerating Thanos at Scale');
    const excluded = await run(['export', '--query', 'queries -thanos', '-o', '-', '--db', db]);
    expect(excluded.code).toBe(0);
    expect(excluded.stdout).toContain('BEGIN:VEVENT');
    expect(excluded.stdout.replace(/\r\n /g, '')).not.toContain('SUMMARY:Accelerating Thanos at Scale');
    const bad = await run(['export', '--track', 'Knitting', '-o', path.join(dir, 'k.ics'), '--db', db]);
    expect(bad.code).toBe(1);
    expect(bad.stderr).toContain('no sessions in track "Knitting"');
    expect(fs.existsSync(path.join(dir, 'k.ics'))).toBe(false);
    expect((await run(['export', '--agenda', '--track', 'x', '-o', 'x.ics', '--db', db])).code).toBe(2);
  });

  it('imports an .ics agenda: dry run first, then all or nothing unless --skip-bad', async () => {
    const db = seededFile();
    const file = path.join(FIXTURES, 'ics', 'agenda-with-problems.ics');
    const dry = await run(['import-agenda', file, '--dry-run', '--db', db]);
    expect(dry.code).toBe(1);
    expect(dry.stderr).toContain(`${file}:12: event "An event with no UID" has no UID`);
    expect(dry.stdout).toContain('2 of 5 events match stored sessions; nothing changed');
    const strict = await run(['import-agenda', file, '--db', db]);
    expect(strict.code).toBe(1);
    expect(strict.stderr).toContain('nothing was changed');
    expect(JSON.parse((await run(['agenda', '--json', '--db', db])).stdout).sessions).toEqual([]);
    const lenient = await run(['import-agenda', file, '--skip-bad', '--db', db]);
    expect(lenient).toMatchObject({ code: 0, stdout: expect.stringContaining('2 sessions starred') });
  });

  it('sets the reminder lead time, off by default', async () => {
    const db = seededFile();
    expect((await run(['remind', '--db', db])).stdout).toBe('reminders are off\n');
    expect((await run(['remind', '15', '--db', db])).stdout).toBe('reminders 15 minutes before\n');
    expect((await run(['remind', 'soon', '--db', db])).code).toBe(2);
    expect((await run(['remind', 'off', '--db', db])).stdout).toBe('reminders are off\n');
  });
});

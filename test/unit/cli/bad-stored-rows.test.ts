// Issue 13: one bad stored row (a damaged or hand-edited database) no longer locks out list, search,
// agenda and export: each skips it, names it (table, key, field) on stderr and shows the rest.
import Database from 'better-sqlite3';
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

const SCHED = path.join(FIXTURES, 'schedules', 'sched-kccnceu2026-tuesday-morning.ics');

/** The real Tuesday-morning import, all 67 starred, then three rows damaged behind the app's back. */
async function damagedDb(): Promise<{ db: string; keys: string[] }> {
  const db = path.join(tempDir(), 'k.db');
  expect((await run(['import', SCHED, '--db', db])).code).toBe(0);
  const raw = new Database(db);
  const keys = raw
    .prepare<[], { session_key: string }>(
      "SELECT session_key FROM sessions WHERE kind = 'talk' ORDER BY session_key LIMIT 3",
    )
    .all()
    .map((r) => r.session_key);
  expect(
    (
      await run([
        'star',
        ...raw
          .prepare<[], { session_key: string }>('SELECT session_key FROM sessions')
          .all()
          .map((r) => r.session_key),
        '--db',
        db,
      ])
    ).code,
  ).toBe(0);
  raw.prepare("UPDATE sessions SET start_utc = 'half past nine' WHERE session_key = ?").run(keys[0]);
  raw.prepare("UPDATE sessions SET time_zone = 'Mars/Olympus_Mons' WHERE session_key = ?").run(keys[1]);
  // A NULL title: the table rebuilt without its NOT NULL constraint, as a foreign tool might leave it.
  raw.pragma('foreign_keys = OFF');
  raw.exec('CREATE TABLE loose AS SELECT * FROM sessions; DROP TABLE sessions; ALTER TABLE loose RENAME TO sessions;');
  raw.prepare('UPDATE sessions SET title = NULL WHERE session_key = ?').run(keys[2]);
  raw.close();
  return { db, keys };
}

describe('a bad stored row', () => {
  it('list, search, agenda and export each skip it, name it, and show the other sessions', async () => {
    const { db, keys } = await damagedDb();
    const named = [
      `sessions "${keys[0]}", field start_utc: not a time: "half past nine"`,
      `sessions "${keys[1]}", field time_zone: unknown time zone "Mars/Olympus_Mons"`,
      `sessions "${keys[2]}", field title: NULL`,
    ];
    const list = await run(['list', '--json', '--db', db]);
    expect(list.code).toBe(0);
    const listed = JSON.parse(list.stdout) as { sessionKey: string }[];
    expect(listed.length).toBeGreaterThan(50);
    expect(listed.map((s) => s.sessionKey)).not.toContain(keys[0]);
    for (const args of [
      ['list'],
      ['search', 'kubernetes'],
      ['agenda'],
      ['export', '--agenda', '-o', '-'],
      ['export', '--format', 'frab-xml', '--agenda', '-o', '-'],
      ['export', '--format', 'csv', '--agenda', '-o', '-'],
    ]) {
      const result = await run([...args, '--db', db]);
      expect(result.code, args.join(' ') + result.stderr).toBe(0);
      expect(result.stdout.length, args.join(' ')).toBeGreaterThan(200);
      for (const line of named)
        expect(result.stderr, args.join(' ')).toContain(`kubeplan: skipped a bad stored row: ${line}`);
      expect(result.stderr).not.toMatch(/TypeError|RangeError/);
    }
  });
});

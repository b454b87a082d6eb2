// Issue 13: a subscribed schedule keeps the settings it was added with. The real Scottish Summit 2026
// Sessionize export gives wall-clock times and no zone: `sources add URL --tz Europe/London` reads
// them in London, and every later refresh (the server's newer export) does the same.
import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { main } from '../../../src/cli/main';
import { FIXTURES, tempDir } from '../helpers';

async function run(args: string[]) {
  let stdout = '';
  let stderr = '';
  const code = await main(args, { stdout: (t) => (stdout += t), stderr: (t) => (stderr += t), env: {} });
  return { code, stdout, stderr };
}

const FIRST = fs.readFileSync(path.join(FIXTURES, 'schedules', 'sessionize-scottishsummit-2026-viewAll.json'), 'utf8');
const SESSION = '1252943'; // the 09:00–17:00 workshop on 2 October 2026
// The organizers' next export moves that workshop an hour later.
const NEWER = FIRST.replace(
  /("id": "1252943",[\s\S]*?"startsAt": )"2026-10-02T09:00:00",(\s*"endsAt": )"2026-10-02T17:00:00"/,
  '$1"2026-10-02T10:00:00",$2"2026-10-02T18:00:00"',
);

let served = { etag: '"v1"', body: FIRST };
let server: http.Server;
let url = '';

beforeAll(async () => {
  server = http.createServer((req, res) => {
    if (req.headers['if-none-match'] === served.etag) return void res.writeHead(304).end();
    res.writeHead(200, { 'content-type': 'application/json', etag: served.etag }).end(served.body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/view/All`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

async function startOf(db: string): Promise<string> {
  const sessions = JSON.parse((await run(['list', '--json', '--db', db])).stdout) as {
    sessionKey: string;
    start: string;
  }[];
  return sessions.find((s) => s.sessionKey.endsWith(SESSION))!.start;
}

describe('per-source settings', () => {
  it('--tz is stored with the subscription and used on every refresh', async () => {
    expect(NEWER).not.toBe(FIRST);
    const db = path.join(tempDir(), 'cli.db');
    const refused = await run(['sources', 'add', url, '--tz', 'Europe/Londn', '--db', db]);
    expect(refused.code).not.toBe(0);
    expect(refused.stderr).toContain('unknown time zone "Europe/Londn"');

    const added = await run([
      'sources',
      'add',
      url,
      '--tz',
      'Europe/London',
      '--event',
      'Scottish Summit 2026',
      '--db',
      db,
    ]);
    expect(added.code, added.stdout + added.stderr).toBe(0);
    expect(added.stdout).toContain(`${url}: 61 new`);
    expect(await startOf(db)).toBe('2026-10-02T09:00:00+01:00');

    const listed = await run(['sources', 'list', '--db', db]);
    expect(listed.stdout).toContain('times in Europe/London');
    const [source] = JSON.parse((await run(['sources', 'list', '--json', '--db', db])).stdout) as {
      settings: unknown;
    }[];
    expect(source!.settings).toEqual({ timeZone: 'Europe/London', event: 'Scottish Summit 2026' });

    served = { etag: '"v2"', body: NEWER };
    const refreshed = await run(['sources', 'refresh', '--db', db]);
    expect(refreshed.code, refreshed.stdout).toBe(0);
    expect(refreshed.stdout).toContain(`${url}: 0 new, 1 changed, 0 removed`);
    expect(await startOf(db)).toBe('2026-10-02T10:00:00+01:00');
    const events = JSON.parse((await run(['list', '--json', '--db', db])).stdout) as { event: string }[];
    expect(new Set(events.map((s) => s.event))).toEqual(new Set(['Scottish Summit 2026']));
  });
});

// `kubeplan import URL` downloads the document once: the same text decides whether it is a YouTube feed
// (recordings) or a schedule, and is then imported (a local server counts the requests).
import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { main } from '../../../src/cli/main';
import { FIXTURES, tempDir } from '../helpers';

const SCHEDULE = fs.readFileSync(path.join(FIXTURES, 'schedules', 'sched-kccnceu2026-tuesday-morning.ics'), 'utf8');
const YOUTUBE = fs.readFileSync(path.join(FIXTURES, 'recordings', 'youtube-kubecon-eu-2026.xml'), 'utf8');

const requests: string[] = [];
let server: http.Server;
let base = '';

beforeAll(async () => {
  server = http.createServer((req, res) => {
    requests.push(req.url ?? '');
    const youtube = req.url?.startsWith('/feeds/videos.xml');
    res
      .writeHead(200, { 'content-type': youtube ? 'application/atom+xml' : 'text/calendar; charset=utf-8' })
      .end(youtube ? YOUTUBE : SCHEDULE);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

async function run(args: string[]) {
  let stdout = '';
  let stderr = '';
  const code = await main(args, { stdout: (t) => (stdout += t), stderr: (t) => (stderr += t), env: {} });
  return { code, stdout, stderr };
}

describe('kubeplan import URL', () => {
  it('fetches a schedule once and a YouTube feed once', async () => {
    const db = path.join(tempDir(), 'cli.db');
    requests.length = 0;
    const schedule = await run(['import', `${base}/tuesday.ics`, '--db', db]);
    expect(schedule.code, schedule.stderr).toBe(0);
    expect(schedule.stdout).toMatch(/\d+ new/);
    expect(requests).toEqual(['/tuesday.ics']);

    requests.length = 0;
    const videos = await run(['import', `${base}/feeds/videos.xml?playlist_id=PLx`, '--db', db]);
    expect(videos.code, videos.stderr).toBe(0);
    expect(videos.stdout).toMatch(/matched/);
    expect(requests).toEqual(['/feeds/videos.xml?playlist_id=PLx']);

    requests.length = 0;
    expect((await run(['import', `${base}/tuesday.ics`, '--dry-run', '--db', db])).code).toBe(0);
    expect(requests).toHaveLength(1);
  });
});

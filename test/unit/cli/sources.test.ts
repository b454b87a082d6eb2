// Subscribing to a schedule URL like a feed: `kubeplan sources` against a local server that serves
// successive real exports (the KubeCon EU 2026 Sched export, a newer one that moves a starred talk,
// then a download cut off after Tuesday morning), with ETags for conditional GET.
import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { main } from '../../../src/cli/main';
import { importSource } from '../../../src/core/use-cases/import-source';
import { openStore } from '../../../src/core/store/open-store';
import { dumpFile } from '../faults/fault-helpers';
import { BUNDLED_FEED, FIXTURES, tempDir } from '../helpers';

async function run(args: string[]) {
  let stdout = '';
  let stderr = '';
  const code = await main(args, { stdout: (t) => (stdout += t), stderr: (t) => (stderr += t), env: {} });
  return { code, stdout, stderr };
}

const SCHEDULES = path.join(FIXTURES, 'schedules');
const ALL = fs.readFileSync(path.join(SCHEDULES, 'sched-kccnceu2026-all.ics'), 'utf8');
const TUESDAY = fs.readFileSync(path.join(SCHEDULES, 'sched-kccnceu2026-tuesday-morning.ics'), 'utf8');
const MOVED = '442db1ee1ff99470352c17b8e1b82a27'; // Crossplane, 14:15Z on 24 March
const REMOVED = 'b3baba1cfb52fdb5cb4924e1a19d9e52';
const NEWER = ALL.replace(
  /(DTSTART:)20260324T141500Z(\r?\nDTEND:)20260324T144500Z(\r?\nSUMMARY:Crossplane)/,
  '$120260324T161500Z$220260324T164500Z$3',
);

let served = { etag: '"v1"', body: ALL };
const requests: { conditional: boolean; status: number }[] = [];
let server: http.Server;
let url = '';

beforeAll(async () => {
  server = http.createServer((req, res) => {
    const conditional = req.headers['if-none-match'] === served.etag;
    requests.push({ conditional, status: conditional ? 304 : 200 });
    if (conditional) {
      res.writeHead(304).end();
      return;
    }
    res.writeHead(200, { 'content-type': 'text/calendar; charset=utf-8', etag: served.etag }).end(served.body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/all.ics`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

function backups(db: string): number {
  const dir = path.join(path.dirname(db), 'backups');
  return fs.existsSync(dir) ? fs.readdirSync(dir).length : 0;
}

describe('kubeplan sources: a schedule subscribed by URL', () => {
  it('fetches, answers 304s cheaply, shows what moved, holds back a truncated export until allowed', async () => {
    const db = path.join(tempDir(), 'cli.db');
    const added = await run(['sources', 'add', url, '--db', db]);
    expect(added.code).toBe(0);
    expect(added.stdout).toContain(`${url}: 596 new, 0 changed, 0 removed, 0 unchanged`);

    // Unchanged: a conditional GET, a 304, nothing written, no backup used.
    const before = backups(db);
    const unchanged = await run(['sources', 'refresh', '--db', db]);
    expect(unchanged.code).toBe(0);
    expect(unchanged.stdout).toContain(`${url}: unchanged since the last fetch`);
    expect(requests.at(-1)).toEqual({ conditional: true, status: 304 });
    expect(backups(db)).toBe(before);

    // A newer export moves a starred talk: the refresh says so under the source.
    expect((await run(['star', MOVED, REMOVED, '--db', db])).code).toBe(0);
    served = { etag: '"v2"', body: NEWER };
    const moved = await run(['sources', 'refresh', url, '--db', db]);
    expect(moved.code).toBe(0);
    expect(moved.stdout).toContain(`${url}: 0 new, 1 changed, 0 removed, 595 unchanged`);
    expect(moved.stdout).toMatch(/★ "Crossplane[^"]*": moved from 2026-03-24 15:15 to 2026-03-24 17:15/);

    // The next download stops after Tuesday morning: held back, nothing changes, the status says why.
    served = { etag: '"v3"', body: TUESDAY };
    const kept = dumpFile(db);
    const held = await run(['sources', 'refresh', '--db', db]);
    expect(held.code).toBe(1);
    expect(held.stdout).toContain(`${url}: held: held back: it takes 2 starred sessions out of your agenda`);
    expect(dumpFile(db)).toEqual(kept);
    const listed = await run(['sources', 'list', '--json', '--db', db]);
    const source = (
      JSON.parse(listed.stdout) as {
        location: string;
        kind: string;
        lastStatus: string;
        lastError: string;
        sessionCount: number;
      }[]
    ).find((s) => s.location === url)!;
    expect(source).toMatchObject({ kind: 'schedule', lastStatus: 'error', sessionCount: 596 });
    expect(source.lastError).toContain('more than a quarter');

    const allowed = await run(['sources', 'refresh', url, '--allow-removals', '--db', db]);
    expect(allowed.code).toBe(0);
    expect(allowed.stdout).toContain('★ "Kubernetes Network Driver Unpacked');
    expect(allowed.stdout).toContain('removed from the schedule');
    const after = JSON.parse((await run(['sources', 'list', '--json', '--db', db])).stdout) as {
      location: string;
      lastStatus: string;
      sessionCount: number;
    }[];
    expect(after.find((s) => s.location === url)).toMatchObject({ lastStatus: 'ok', sessionCount: 67 });
  });
});

describe('file sources (a feed from a file) refresh from the file, or say why not', () => {
  it('skips a dropped feed and a feed whose file is gone instead of failing every refresh', async () => {
    const dir = tempDir();
    const db = path.join(dir, 'cli.db');
    const copy = path.join(dir, 'feed.xml');
    fs.copyFileSync(BUNDLED_FEED, copy);
    expect((await run(['feeds', 'add', copy, '--db', db])).code).toBe(0);
    // A feed dropped on the window is known only by its name.
    const store = openStore(db);
    await importSource(
      { db: store },
      {
        name: 'dropped-feed.xml',
        text: fs.readFileSync(BUNDLED_FEED, 'utf8').replace(/sched\.com\/event\//g, 'sched.com/event/x'),
      },
    );
    store.close();

    const refreshed = await run(['feeds', 'refresh', '--db', db]);
    expect(refreshed.code).toBe(0);
    expect(refreshed.stdout).toContain(`${copy}: 0 new, 0 changed, 0 removed`);
    expect(refreshed.stdout).toContain('file:dropped-feed.xml: skipped: imported from a file dropped on the window');

    fs.rmSync(copy);
    const gone = await run(['sources', 'refresh', '--db', db]);
    expect(gone.code).toBe(0);
    expect(gone.stdout).toContain(`${copy}: skipped: the file is no longer at ${copy}; its sessions are kept`);
    const feeds = await run(['feeds', 'refresh', '--db', db]);
    expect(feeds.code).toBe(0);
  });
});

// `kubeplan scrape`, `kubeplan feeds …` and `kubeplan import` of feeds by content, from files and URLs.
import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { main } from '../../../src/cli/main';
import { FIXTURES, tempDir } from '../helpers';

const TAG = path.join(FIXTURES, 'feeds', 'tag-app-delivery-kubecon-na-2024.atom');
let server: http.Server;
let base = '';

beforeAll(async () => {
  server = http.createServer((req, res) => {
    if (req.url === '/tag.atom')
      res.writeHead(200, { 'content-type': 'application/atom+xml' }).end(fs.readFileSync(TAG));
    else if (req.url === '/page')
      res.writeHead(200, { 'content-type': 'text/html' }).end('<!doctype html><html><body>Hello</body></html>');
    else res.writeHead(404, 'Not Found').end();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  await new Promise((resolve) => server.close(resolve));
});

async function run(args: string[]) {
  let stdout = '';
  let stderr = '';
  const code = await main(args, { stdout: (t) => (stdout += t), stderr: (t) => (stderr += t), env: {} });
  return { code, stdout, stderr };
}

describe('kubeplan scrape', () => {
  it('prints the sessions of a file as JSON without storing anything', async () => {
    const db = path.join(tempDir(), 'scrape.db');
    const result = await run(['scrape', TAG, '--json', '--db', db]);
    expect(result.code).toBe(0);
    const sessions = JSON.parse(result.stdout) as Record<string, unknown>[];
    expect(sessions).toHaveLength(13);
    expect(sessions.find((s) => s['sessionKey'] === '1izqS')).toEqual({
      sessionKey: '1izqS',
      url: 'https://sched.co/1izqS',
      title: 'Portals and Platforms, Two Ps in a Pod? How Good Interfaces Make for Good Operability',
      kind: 'talk',
      event: 'KubeCon + CloudNativeCon North America 2024',
      track: null,
      date: '2024-11-12',
      start: '2024-11-12T10:40:00-07:00',
      end: null,
      timeZone: 'America/Denver',
      room: 'Salt Palace - Level 1 - Grand Ballroom G',
      speakers: [
        { name: 'Jorge Lainfiesta', affiliation: 'Rootly' },
        { name: 'Abby Bangser', affiliation: 'Syntasso' },
      ],
      abstract: null,
      sourceItem: 'https://tag-app-delivery.cncf.io/blog/kubecon-us-2024/',
    });
    expect(fs.existsSync(db)).toBe(false);
  });

  it('scrapes a URL, and names the source when it is not a feed', async () => {
    const result = await run(['scrape', `${base}/tag.atom`, '--json']);
    expect(JSON.parse(result.stdout)).toHaveLength(13);
    const page = await run(['scrape', `${base}/page`]);
    expect(page.code).toBe(1);
    expect(page.stderr).toBe(`kubeplan: ${base}/page: this is an HTML page, not an RSS or Atom feed\n`);
    const missing = await run(['scrape', `${base}/gone.xml`]);
    expect(missing.stderr).toBe(`kubeplan: ${base}/gone.xml: the server answered 404 Not Found\n`);
  });
});

describe('kubeplan feeds and import', () => {
  it('adds, lists, refreshes and removes feeds', async () => {
    const db = path.join(tempDir(), 'feeds.db');
    const added = await run(['feeds', 'add', `${base}/tag.atom`, '--db', db]);
    expect(added.stdout).toBe(`${base}/tag.atom: 13 new, 0 changed, 0 removed, 0 unchanged\n`);
    expect((await run(['feeds', 'add', `${base}/gone.xml`, '--db', db])).code).toBe(1);
    const listed = JSON.parse((await run(['feeds', 'list', '--json', '--db', db])).stdout) as Record<string, unknown>[];
    expect(listed).toMatchObject([
      { id: 1, location: `${base}/tag.atom`, title: 'TAG App Delivery', lastStatus: 'ok', sessionCount: 13 },
      {
        id: 2,
        location: `${base}/gone.xml`,
        lastStatus: 'error',
        lastError: 'the server answered 404 Not Found',
        sessionCount: 0,
      },
    ]);
    const refreshed = await run(['feeds', 'refresh', '1', '--db', db]);
    expect(refreshed.stdout).toBe(`${base}/tag.atom: 0 new, 0 changed, 0 removed, 13 unchanged\n`);
    expect((await run(['feeds', 'remove', `${base}/gone.xml`, '--db', db])).code).toBe(0);
    expect((await run(['feeds', 'list', '--db', db])).stdout).toContain('1 feeds');
    expect((await run(['feeds', 'frob', '--db', db])).code).toBe(2);
  });

  it('import recognizes a feed by its content whatever the file is called', async () => {
    const dir = tempDir();
    const db = path.join(dir, 'import.db');
    const renamed = path.join(dir, 'schedule.txt');
    fs.copyFileSync(TAG, renamed);
    expect((await run(['import', renamed, '--db', db])).stdout).toBe(
      `${renamed}: feed, KubeCon + CloudNativeCon North America 2024, times in America/Denver\n` +
        '  13 new, 0 changed, 0 removed, 0 unchanged, 0 skipped\n',
    );
    expect((await run(['import', `${base}/tag.atom`, '--db', db])).stdout).toContain(
      '0 new, 0 changed, 0 removed, 13 unchanged',
    );
    const notFeed = path.join(dir, 'notes.xml');
    fs.writeFileSync(notFeed, '<?xml version="1.0"?><notes><note>hi</note></notes>');
    const refused = await run(['import', notFeed, '--db', db]);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain(`${notFeed}: unknown format: expected an RSS/Atom feed`);
    expect(refused.stderr).toContain('(root element is <notes>)');
  });
});

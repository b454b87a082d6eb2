// Keeping feeds fresh without loss: re-scraping changes nothing, a changed feed updates in place with
// per-session changes, stars and notes survive, and a failed, partial or empty fetch leaves the db as it was.
import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addFeed, listFeeds, removeFeed } from '../../../../src/core/use-cases/feeds';
import { refreshAllFeeds, refreshFeed } from '../../../../src/core/use-cases/refresh-feeds';
import type { Db } from '../../../../src/core/store/db';
import { getSession, listSessions } from '../../../../src/core/store/read-sessions';
import { FIXTURES, tempDb } from '../../helpers';

const V1 = fs.readFileSync(path.join(FIXTURES, 'feeds', 'cilium-kubecon-eu-2024.xml'), 'utf8');
const CUT = V1.indexOf('&lt;p&gt;&lt;a href=&quot;https://kccnceu2024.sched.com/event/1YeRx');
const V2 = (V1.slice(0, CUT) + '</description>\n</item>\n</channel></rss>')
  .replace(
    'Speedrun Through Splicing Sockets with Sockmap -',
    'Speedrun Through Splicing Sockets with Sockmap and BPF -',
  )
  .replace('Tuesday, March 19, 2024, 09:50 - 10:15 CET', 'Tuesday, March 19, 2024, 10:00 - 10:25 CET')
  .replace('Cilium - Liz Rice, Isovalent&lt;/a&gt;', 'Cilium - Liz Rice &amp;amp; Nico Vibert, Isovalent&lt;/a&gt;')
  .replace('h2&gt;Observability Day', 'h2&gt;Cloud Native Hub Day')
  .replace(
    '&lt;h2&gt;KubeCon + CloudNativeCon&lt;/h2&gt;',
    '&lt;h2&gt;KubeCon + CloudNativeCon&lt;/h2&gt;&lt;p&gt;&lt;a href=&quot;https://kccnceu2024.sched.com/event/1YeZZ&quot;&gt;Brand New Talk - Jane Doe, Acme&lt;/a&gt;&lt;/p&gt;',
  );

let body = V1;
let status = 200;
let server: http.Server;
let base = '';

beforeAll(async () => {
  server = http.createServer((req, res) => {
    if (status !== 200) {
      res.writeHead(status).end();
      return;
    }
    const etag = `"${body.length}"`;
    if (req.headers['if-none-match'] === etag) {
      res.writeHead(304).end();
      return;
    }
    res.writeHead(200, { 'content-type': 'application/rss+xml', etag }).end(body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  await new Promise((resolve) => server.close(resolve));
});

/** Every row of every table except the sources row (whose fetch status is meant to change). */
function dump(db: Db): string {
  const tables = db
    .prepare<[], { name: string }>(
      "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT IN ('sources') ORDER BY name",
    )
    .all();
  return JSON.stringify(tables.map(({ name }) => [name, db.prepare(`SELECT * FROM "${name}" ORDER BY rowid`).all()]));
}

async function subscribed(): Promise<{ db: Db; id: number }> {
  body = V1;
  status = 200;
  const { db } = tempDb();
  const outcome = await addFeed({ db }, `${base}/feed.xml`);
  expect(outcome.status).toBe('updated');
  return { db, id: listFeeds({ db })[0]!.id };
}

function star(db: Db, key: string, note: string): void {
  db.prepare(
    "INSERT INTO agenda (session_key, status, note, updated_at) VALUES (?, 'going', ?, '2024-03-01T00:00:00Z')",
  ).run(key, note);
}

describe('feed subscriptions', () => {
  it('subscribes, records the fetch on the source, and an unchanged feed costs one 304 and changes nothing', async () => {
    const { db, id } = await subscribed();
    expect(listFeeds({ db })[0]).toMatchObject({
      location: `${base}/feed.xml`,
      title: 'Cilium Blog',
      lastStatus: 'ok',
      lastError: null,
      sessionCount: 26,
    });
    const before = dump(db);
    expect((await refreshFeed({ db }, id)).status).toBe('not-modified');
    expect(dump(db)).toBe(before);
  });

  it('re-scraping the same content (no validators) changes no session', async () => {
    const { db, id } = await subscribed();
    db.prepare('UPDATE sources SET etag = NULL').run();
    const sessionsBefore = JSON.stringify(listSessions(db));
    const outcome = await refreshFeed({ db }, id);
    expect(outcome.status === 'updated' && outcome.result.counts).toEqual({
      new: 0,
      changed: 0,
      removed: 0,
      unchanged: 26,
    });
    expect(JSON.stringify(listSessions(db))).toBe(sessionsBefore);
  });

  it('a changed feed updates sessions in place, records what changed, and keeps stars and notes', async () => {
    const { db, id } = await subscribed();
    star(db, '1YeRx', 'must see');
    star(db, '1YFjR', 'bring laptop');
    body = V2;
    // V2 drops the starred 1YeRx: the refresh is held back until the removal is allowed.
    const held = await refreshFeed({ db }, id);
    expect(held).toMatchObject({ status: 'held', error: expect.stringMatching(/takes 1 starred session/) });
    const outcome = await refreshFeed({ db }, id, { allowRemovals: true });
    expect(outcome.status === 'updated' && outcome.result.counts).toEqual({
      new: 1,
      changed: 4,
      removed: 1,
      unchanged: 21,
    });
    const changes = db
      .prepare<[], { session_key: string; change: string; new_value: string | null }>(
        'SELECT session_key, change, new_value FROM changes WHERE import_id = (SELECT MAX(id) FROM imports) ORDER BY session_key, change',
      )
      .all();
    expect(changes.map((c) => `${c.session_key}:${c.change}`)).toEqual([
      '1YFe0:time',
      '1YFjR:title',
      '1YFjg:track',
      '1YeQn:speakers',
      '1YeRx:removed',
      '1YeZZ:new',
    ]);
    expect(getSession(db, '1YFjR')).toMatchObject({
      title: 'Speedrun Through Splicing Sockets with Sockmap and BPF',
      agenda: 'going',
      note: 'bring laptop',
    });
    expect(getSession(db, '1YFe0').start).toBe('2024-03-19T10:00:00+01:00');
    expect(getSession(db, '1YFjg').track).toBe('Cloud Native Hub Day');
    expect(getSession(db, '1YeQn').speakers.map((s) => s.name)).toEqual(['Liz Rice', 'Nico Vibert']);
    expect(getSession(db, '1YeRx')).toMatchObject({ status: 'removed', agenda: 'going', note: 'must see' });
  });

  it('a failed fetch, a truncated feed and a feed that suddenly lists nothing leave every session as it was', async () => {
    const { db, id } = await subscribed();
    star(db, '1YeRx', 'must see');
    const before = dump(db);
    status = 500;
    expect(await refreshFeed({ db }, id)).toMatchObject({
      status: 'error',
      error: 'the server answered 500 Internal Server Error',
    });
    expect(listFeeds({ db })[0]).toMatchObject({
      lastStatus: 'error',
      lastError: 'the server answered 500 Internal Server Error',
      sessionCount: 26,
    });
    expect(dump(db)).toBe(before);

    status = 200;
    body = V1.slice(0, Math.floor(V1.length / 2));
    const truncated = await refreshFeed({ db }, id);
    expect(truncated.status === 'error' && truncated.error).toMatch(
      /feed\.xml:\d+: the document ends before <description>, <item>, <channel>, <rss> are closed/,
    );
    expect(dump(db)).toBe(before);

    body = '<?xml version="1.0"?><rss version="2.0"><channel><title>Cilium Blog</title></channel></rss>';
    expect(await refreshFeed({ db }, id)).toMatchObject({
      status: 'error',
      error: 'the feed lists no items now; keeping the 26 stored sessions',
    });
    expect(dump(db)).toBe(before);

    // Back to the version last stored: the server's ETag still matches, so one 304 restores the status.
    body = V1;
    expect((await refreshAllFeeds({ db })).map((o) => o.status)).toEqual(['not-modified']);
    expect(listFeeds({ db })[0]).toMatchObject({ lastStatus: 'ok', lastError: null });
  });

  it('a URL that fails on add stays subscribed with its error; non-http URLs are refused', async () => {
    const { db } = tempDb();
    status = 503;
    expect((await addFeed({ db }, `${base}/feed.xml`)).status).toBe('error');
    expect(listFeeds({ db })).toMatchObject([
      { lastStatus: 'error', lastError: 'the server answered 503 Service Unavailable', sessionCount: 0 },
    ]);
    expect(listSessions(db)).toEqual([]);
    await expect(addFeed({ db }, 'ftp://example.org/feed.xml')).rejects.toThrow(
      'only http and https feeds can be fetched',
    );
  });

  it('removing a feed marks its sessions removed but keeps stars and notes', async () => {
    const { db, id } = await subscribed();
    star(db, '1YeQn', 'front row');
    expect(() => removeFeed({ db }, id + 100)).toThrow(`no feed with id ${id + 100}`);
    const removal = removeFeed({ db }, id);
    expect(removal.counts.removed).toBe(26);
    // The backup taken just before is handed back: restoring it is the undo.
    expect(removal.backup?.reason).toBe('before-feed-remove');
    expect(fs.existsSync(removal.backup!.file)).toBe(true);
    expect(listFeeds({ db })).toEqual([]);
    expect(listSessions(db)).toEqual([]);
    expect(getSession(db, '1YeQn')).toMatchObject({ status: 'removed', agenda: 'going', note: 'front row' });
  });
});

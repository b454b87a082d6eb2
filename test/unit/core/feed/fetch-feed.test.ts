// Fetching feeds over http against a local server on 127.0.0.1: conditional GET, redirects, caps, failures.
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fetchFeed } from '../../../../src/core/feed/fetch-feed';

const FEED = '<?xml version="1.0"?><rss version="2.0"><channel><title>Café</title></channel></rss>';
let server: http.Server;
let base = '';
const seen: http.IncomingHttpHeaders[] = [];

beforeAll(async () => {
  server = http.createServer((req, res) => {
    seen.push(req.headers);
    const url = req.url ?? '/';
    if (url === '/feed.xml') {
      if (
        req.headers['if-none-match'] === '"abc"' ||
        req.headers['if-modified-since'] === 'Wed, 01 May 2024 10:00:00 GMT'
      ) {
        res.writeHead(304).end();
        return;
      }
      res.writeHead(200, {
        'content-type': 'application/rss+xml; charset=utf-8',
        etag: '"abc"',
        'last-modified': 'Wed, 01 May 2024 10:00:00 GMT',
      });
      res.end(`\uFEFF${FEED}`);
    } else if (url === '/latin1.xml') {
      res.writeHead(200, { 'content-type': 'text/xml; charset=iso-8859-1' }).end(Buffer.from(FEED, 'latin1'));
    } else if (url.startsWith('/hop/')) {
      const n = Number(url.slice(5));
      res.writeHead(302, { location: n > 0 ? `/hop/${n - 1}` : '/feed.xml' }).end();
    } else if (url === '/to-ftp') {
      res.writeHead(301, { location: 'ftp://example.org/feed.xml' }).end();
    } else if (url === '/slow') {
      setTimeout(() => res.writeHead(200).end(FEED), 3000).unref();
    } else if (url === '/big') {
      res.writeHead(200, { 'content-type': 'text/xml' });
      res.write('x'.repeat(64 * 1024));
      res.end('x'.repeat(64 * 1024));
    } else {
      res.writeHead(503, 'Service Unavailable').end();
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
});

describe('fetchFeed', () => {
  it('downloads, decodes UTF-8 with BOM, and returns the validators; an unchanged feed is one 304', async () => {
    const first = await fetchFeed(`${base}/feed.xml`, null);
    expect(first).toMatchObject({ status: 'ok', etag: '"abc"', lastModified: 'Wed, 01 May 2024 10:00:00 GMT' });
    expect(first.status === 'ok' && first.text).toBe(FEED);
    const before = seen.length;
    const second = await fetchFeed(`${base}/feed.xml`, { etag: '"abc"', lastModified: null });
    expect(second.status).toBe('not-modified');
    expect(seen.length - before).toBe(1);
    expect(seen[seen.length - 1]!['if-none-match']).toBe('"abc"');
    expect(
      (await fetchFeed(`${base}/feed.xml`, { etag: null, lastModified: 'Wed, 01 May 2024 10:00:00 GMT' })).status,
    ).toBe('not-modified');
  });

  it('decodes the charset the server names', async () => {
    const result = await fetchFeed(`${base}/latin1.xml`, null);
    expect(result.status === 'ok' && result.text).toContain('<title>Café</title>');
  });

  it('follows a few redirects but not too many, and only to http(s)', async () => {
    expect((await fetchFeed(`${base}/hop/2`, null)).status).toBe('ok');
    await expect(fetchFeed(`${base}/hop/9`, null, { maxRedirects: 3 })).rejects.toThrow(
      `${base}/hop/9: more than 3 redirects`,
    );
    await expect(fetchFeed(`${base}/to-ftp`, null)).rejects.toThrow(
      'only http and https feeds can be fetched, not ftp:',
    );
  });

  it('refuses other protocols before any request', async () => {
    await expect(fetchFeed('file:///etc/passwd', null)).rejects.toThrow(
      'file:///etc/passwd: only http and https feeds can be fetched, not file:',
    );
    await expect(fetchFeed('not a url', null)).rejects.toThrow('not a url: not a valid URL');
  });

  it('times out instead of hanging', async () => {
    await expect(fetchFeed(`${base}/slow`, null, { timeoutMs: 200 })).rejects.toThrow(
      `${base}/slow: no answer within 200 ms (timed out)`,
    );
  });

  it('stops reading past the size cap', async () => {
    await expect(fetchFeed(`${base}/big`, null, { maxBytes: 100 * 1024 })).rejects.toThrow(
      'the feed is larger than 100 KB, the size limit',
    );
  });

  it('reports server failures and unreachable servers clearly', async () => {
    await expect(fetchFeed(`${base}/down`, null)).rejects.toThrow(
      `${base}/down: the server answered 503 Service Unavailable`,
    );
    const closed = http.createServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const port = (closed.address() as AddressInfo).port;
    await new Promise((resolve) => closed.close(resolve));
    await expect(fetchFeed(`http://127.0.0.1:${port}/feed.xml`, null)).rejects.toThrow(
      'the server refused the connection',
    );
  });

  it('uses an injected fetch', async () => {
    const fake = (async () => new Response(FEED, { status: 200, headers: { etag: 'W/"1"' } })) as typeof fetch;
    expect(await fetchFeed('https://blog.example.org/feed', null, { fetch: fake })).toMatchObject({
      status: 'ok',
      etag: 'W/"1"',
      text: FEED,
    });
  });
});

// A subscribed feed whose server misbehaves: each fault ends in a clear error on the source, the
// stored sessions stay exactly as they were, and the app keeps answering while it waits.
import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SourceView } from '../../../src/shared/types';
import { FIXTURES } from '../helpers';
import { backend, dump } from './fault-helpers';

const FEED = fs.readFileSync(path.join(FIXTURES, 'feeds', 'tag-app-delivery-kubecon-na-2024.atom'));
const TIMEOUT_MS = 700;
const MAX_BYTES = 256 * 1024;

type Mode =
  | 'ok'
  | 'slow-headers'
  | 'reset-mid-body'
  | 'server-error'
  | 'drip'
  | 'redirect-loop'
  | 'too-big'
  | 'too-big-declared'
  | 'close-at-once';
let mode: Mode = 'ok';
let server: http.Server;
let base = '';
const sockets = new Set<Socket>();
const timers = new Set<NodeJS.Timeout>();

beforeAll(async () => {
  server = http.createServer((req, res) => {
    switch (mode) {
      case 'ok':
        res.writeHead(200, { 'content-type': 'application/atom+xml' }).end(FEED);
        return;
      case 'slow-headers':
        return; // never answers
      case 'reset-mid-body':
        res.writeHead(200, { 'content-type': 'application/atom+xml', 'content-length': String(FEED.length) });
        res.write(FEED.subarray(0, 4000), () => req.socket.destroy());
        return;
      case 'server-error':
        res.writeHead(500, 'Internal Server Error').end('oops');
        return;
      case 'drip': {
        res.writeHead(200, { 'content-type': 'application/atom+xml' });
        res.write('<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom">');
        const timer = setInterval(() => res.write(' '), 20);
        timers.add(timer);
        req.socket.on('close', () => clearInterval(timer));
        return;
      }
      case 'redirect-loop':
        res.writeHead(302, { location: req.url === '/feed' ? '/feed2' : '/feed' }).end();
        return;
      case 'too-big': {
        res.writeHead(200, { 'content-type': 'application/atom+xml' });
        // Chunked, no length up front: the cap must trip while reading, not from the header.
        const chunk = Buffer.alloc(64 * 1024, 0x20);
        for (let i = 0; i < 10; i += 1) res.write(chunk);
        res.end();
        return;
      }
      case 'too-big-declared':
        res.writeHead(200, { 'content-type': 'application/atom+xml', 'content-length': String(MAX_BYTES * 4) });
        res.end(Buffer.alloc(MAX_BYTES * 4, 0x20));
        return;
      case 'close-at-once':
        req.socket.destroy();
        return;
    }
  });
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  for (const timer of timers) clearInterval(timer);
  for (const socket of sockets) socket.destroy();
  await new Promise((resolve) => server.close(resolve));
});

const CASES: { mode: Mode; error: RegExp }[] = [
  { mode: 'slow-headers', error: /^no answer within 700 ms \(timed out\)$/ },
  { mode: 'reset-mid-body', error: /^the connection was reset by the server$/ },
  { mode: 'server-error', error: /the server answered 500 Internal Server Error/ },
  { mode: 'drip', error: /^no answer within 700 ms \(timed out\)$/ },
  { mode: 'redirect-loop', error: /more than 5 redirects/ },
  { mode: 'too-big', error: /larger than 256 KB, the size limit/ },
  { mode: 'too-big-declared', error: /larger than 256 KB, the size limit/ },
  { mode: 'close-at-once', error: /^the connection was reset by the server$/ },
];

describe('network faults on a feed refresh', () => {
  it.each(CASES)('$mode: a clear error on the source, the stored data untouched', async ({ mode: fault, error }) => {
    mode = 'ok';
    const { app, dispatch } = backend(undefined, { fetchOptions: { timeoutMs: TIMEOUT_MS, maxBytes: MAX_BYTES } });
    const url = `${base}/feed`;
    const added = (await dispatch('sources:add', { url })) as { ok: true; value: { status: string } };
    expect(added.value.status).toBe('updated');
    const id = app.current().db!.prepare('SELECT id FROM sources WHERE location = ?').pluck().get(url) as number;
    const before = dump(app.current().db!);

    mode = fault;
    const started = Date.now();
    const refreshing = dispatch('sources:refresh', { id });
    // While the fetch waits on the network the app keeps answering other calls.
    const meanwhile = await dispatch('catalogue:list', undefined);
    expect(meanwhile.ok).toBe(true);
    const outcome = (await refreshing) as { ok: true; value: { status: string; message: string | null } };
    // The bound is the download deadline plus slack: a fault must never leave the call hanging.
    expect(Date.now() - started).toBeLessThan(TIMEOUT_MS + 4000);

    expect(outcome.ok).toBe(true);
    expect(outcome.value.status).toBe('error');
    expect(outcome.value.message).toMatch(error);
    const feeds = (await dispatch('sources:list', undefined)) as { ok: true; value: SourceView[] };
    const source = feeds.value.find((f) => f.id === id)!;
    expect(source.lastStatus).toBe('error');
    expect(source.lastError).toMatch(error);
    expect(dump(app.current().db!)).toEqual(before);
    app.current().db!.close();
  });
});

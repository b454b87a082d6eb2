// The app refreshes subscribed schedules on start-up and every few hours, and notifies when a starred
// session moves or is cancelled: the app over a real database, a local server serving successive real
// exports, a stand-in clock and a stand-in notifier.
import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addSource } from '../../../src/core/use-cases/sources';
import { setStar } from '../../../src/core/use-cases/star';
import { depsOf } from '../../../src/main/handlers/context';
import { startSourceRefresh, type SourceNotice } from '../../../src/main/source-refresh';
import { backend } from '../faults/fault-helpers';
import { FIXTURES } from '../helpers';

const ALL = fs.readFileSync(path.join(FIXTURES, 'schedules', 'sched-kccnceu2026-all.ics'), 'utf8');
const MOVED = '442db1ee1ff99470352c17b8e1b82a27'; // Crossplane, 14:15Z on 24 March
const CANCELLED = 'e2ee17dab349b8685abb8258e9eb9205';
const NEWER = ALL.replace(
  /(DTSTART:)20260324T141500Z(\r?\nDTEND:)20260324T144500Z(\r?\nSUMMARY:Crossplane)/,
  '$120260324T161500Z$220260324T164500Z$3',
);

function block(text: string, uid: string): string {
  const start = text.lastIndexOf('BEGIN:VEVENT', text.indexOf(`UID:${uid}`));
  return text.slice(start, text.indexOf('END:VEVENT', start) + 'END:VEVENT\r\n'.length);
}
const CANCELLING = NEWER.replace(
  block(NEWER, CANCELLED),
  block(NEWER, CANCELLED).replace('SEQUENCE:0', 'SEQUENCE:1\r\nSTATUS:CANCELLED'),
);

let served = { etag: '"v1"', body: ALL };
let fetches = 0;
let server: http.Server;
let url = '';

beforeAll(async () => {
  server = http.createServer((req, res) => {
    fetches += 1;
    if (req.headers['if-none-match'] === served.etag) {
      res.writeHead(304).end();
      return;
    }
    res.writeHead(200, { 'content-type': 'text/calendar', etag: served.etag }).end(served.body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/all.ics`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

describe('refreshing sources while the app runs', () => {
  it('refreshes on start-up and on each tick, and notifies for starred sessions that move or are cancelled', async () => {
    const { app } = backend();
    expect((await addSource(depsOf(app), url)).status).toBe('updated');
    setStar(depsOf(app), [MOVED, CANCELLED], 'going');
    served = { etag: '"v2"', body: NEWER };

    const notices: SourceNotice[] = [];
    const ticks: (() => void)[] = [];
    let cleared = false;
    const refresher = startSourceRefresh(app, {
      clock: { setInterval: (fn) => ticks.push(fn), clearInterval: () => (cleared = true) },
      notify: (n) => notices.push(n),
    });
    const first = await refresher.started;
    expect(first.map((o) => [o.location, o.status])).toEqual([[url, 'updated']]);
    expect(notices).toEqual([
      {
        title: 'A session in your agenda moved',
        body: expect.stringMatching(/^Crossplane.*: moved from 2026-03-24 15:15 to 2026-03-24 17:15$/) as string,
        sessionKey: MOVED,
      },
    ]);

    // A tick with nothing new: a 304, no notice.
    const before = fetches;
    ticks[0]!();
    const tick = await refresher.refresh();
    expect(
      tick.map((o) => o.status),
      JSON.stringify(tick),
    ).toEqual(['not-modified']);
    expect(fetches).toBeGreaterThan(before);
    expect(notices).toHaveLength(1);

    served = { etag: '"v3"', body: CANCELLING };
    await refresher.refresh();
    expect(notices.slice(1)).toEqual([
      {
        title: 'A session in your agenda was cancelled',
        body: expect.stringContaining(': cancelled') as string,
        sessionKey: CANCELLED,
      },
    ]);
    refresher.stop();
    expect(cleared).toBe(true);
    app.close();
  });
});

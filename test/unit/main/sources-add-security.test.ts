// sources:add through the real dispatch: the window may subscribe to http(s) URLs and to files the user
// chose (by token), never to a path it names; a chosen file must be a regular file under the size cap.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { listSources } from '../../../src/core/store/sources';
import { startApp, type StartOptions } from '../../../src/main/app-context';
import { createDispatch } from '../../../src/main/dispatch';
import { createHandlers } from '../../../src/main/handlers/index';
import { BUNDLED_FEED, FIXTURES, tempDir } from '../helpers';

const TAG = path.join(FIXTURES, 'feeds', 'tag-app-delivery-kubecon-na-2024.atom');

function backend(services: Partial<StartOptions> = {}) {
  const dir = tempDir();
  const app = startApp({
    databasePath: path.join(dir, 'kubeplan.db'),
    bundledFeedFile: BUNDLED_FEED,
    openExternal: async () => true,
    ...services,
  });
  const locations = () => listSources(app.current().db!).map((s) => s.location);
  return { app, dir, locations, dispatch: createDispatch(createHandlers(app)) };
}

describe('sources:add from the window', () => {
  it.each(['/etc/passwd', 'file:///etc/passwd', '../../etc/passwd', '/dev/zero', 'ftp://example.org/feed.xml'])(
    'refuses %s by name, reading and storing nothing',
    async (url) => {
      const { dispatch, locations } = backend();
      const before = locations();
      const started = Date.now();
      const result = await dispatch('sources:add', { url });
      expect(result).toEqual({
        ok: false,
        error: {
          code: 'invalid-argument',
          message:
            'url: a source is subscribed by its http(s) URL; for a file on this computer, choose the file instead',
          where: 'url',
        },
      });
      // /dev/zero is never opened: the answer comes at once, with no source row for it.
      expect(Date.now() - started).toBeLessThan(2000);
      expect(locations()).toEqual(before);
    },
  );

  it('subscribes to a file the user chose in the Open dialog, by token, once', async () => {
    const dir = tempDir();
    const file = path.join(dir, 'tag.atom');
    fs.copyFileSync(TAG, file);
    const asked: unknown[] = [];
    const { dispatch, locations } = backend({
      chooseOpenPath: async (filter) => {
        asked.push(filter);
        return file;
      },
    });
    const chosen = (await dispatch('sources:choose-file', undefined)) as {
      ok: true;
      value: { token: string; name: string };
    };
    expect(chosen.value).toEqual({ token: expect.stringMatching(/^[0-9a-f-]{36}$/), name: 'tag.atom' });
    expect(asked).toEqual([
      {
        name: expect.stringMatching(/^Schedules and feeds/),
        extensions: expect.arrayContaining(['ics', 'xml', 'atom']),
      },
    ]);
    const added = await dispatch('sources:add', { token: chosen.value.token });
    expect(added).toMatchObject({ ok: true, value: { location: file, status: 'updated', counts: { new: 13 } } });
    expect(locations()).toContain(file);
    // The token is spent: replaying it reads nothing.
    expect(await dispatch('sources:add', { token: chosen.value.token })).toMatchObject({
      ok: false,
      error: { code: 'not-found' },
    });
  });

  it('a cancelled dialog gives no token', async () => {
    const { dispatch } = backend({ chooseOpenPath: async () => null });
    expect(await dispatch('sources:choose-file', undefined)).toEqual({ ok: true, value: null });
  });

  it('refuses a chosen device or FIFO as not a regular file, and one over the size cap, before reading', async () => {
    const { app, dir, dispatch, locations } = backend({ fetchOptions: { maxBytes: 64 * 1024 } });
    const before = locations();
    const big = path.join(dir, 'big.xml');
    // Sparse: 1 MB on paper, nothing on disk, and never read.
    fs.writeFileSync(big, '');
    fs.truncateSync(big, 1024 * 1024);
    const fifo = path.join(dir, 'feed.fifo');
    execFileSync('mkfifo', [fifo]);
    const [zero, pipe, large, missing] = app.services.openedFiles.add([
      '/dev/zero',
      fifo,
      big,
      path.join(dir, 'gone.xml'),
    ]);
    expect(await dispatch('sources:add', { token: zero!.token })).toEqual({
      ok: false,
      error: { code: 'invalid-argument', message: '/dev/zero: not a regular file', where: '/dev/zero' },
    });
    // A FIFO would block the main process until something wrote to it: refused without opening it.
    expect(await dispatch('sources:add', { token: pipe!.token })).toMatchObject({
      ok: false,
      error: { code: 'invalid-argument', message: `${fifo}: not a regular file` },
    });
    expect(await dispatch('sources:add', { token: large!.token })).toEqual({
      ok: false,
      error: { code: 'invalid-argument', message: `${big}: the file is 1 MB; the limit is 64 KB`, where: big },
    });
    expect(await dispatch('sources:add', { token: missing!.token })).toMatchObject({
      ok: false,
      error: { code: 'io-error', message: expect.stringContaining('file not found') },
    });
    expect(locations()).toEqual(before);
  });

  it('still subscribes to an http(s) URL the window names (a failing one is kept with its error)', async () => {
    const { dispatch, locations } = backend({ fetchOptions: { timeoutMs: 500 } });
    const result = await dispatch('sources:add', { url: 'http://127.0.0.1:9/feed.xml' });
    expect(result).toMatchObject({ ok: true, value: { status: 'error', location: 'http://127.0.0.1:9/feed.xml' } });
    expect(locations()).toContain('http://127.0.0.1:9/feed.xml');
  });
});

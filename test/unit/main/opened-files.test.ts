import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { startApp } from '../../../src/main/app-context';
import { createDispatch } from '../../../src/main/dispatch';
import { createHandlers } from '../../../src/main/handlers/index';
import { filesFromArgv, OpenedFiles } from '../../../src/main/opened-files';
import type { EventMessage } from '../../../src/shared/ipc/events';
import { BUNDLED_FEED, tempDir } from '../helpers';

describe('files handed to the app', () => {
  it('picks the importable files out of a launch command line', () => {
    const dir = tempDir();
    fs.writeFileSync(path.join(dir, 'all.ics'), 'BEGIN:VCALENDAR');
    fs.writeFileSync(path.join(dir, 'schedule.xml'), '<schedule/>');
    const argv = [
      '/opt/kubeplan/kubeplan',
      '--no-sandbox',
      'out/main/index.js',
      'all.ics',
      'missing.csv',
      'schedule.xml',
    ];
    expect(filesFromArgv(argv, dir)).toEqual([path.join(dir, 'all.ics'), path.join(dir, 'schedule.xml')]);
  });

  it('gives the renderer a token, not a path, and each token reads once', () => {
    const dir = tempDir();
    const file = path.join(dir, 'all.ics');
    fs.writeFileSync(file, 'BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n');
    const opened = new OpenedFiles();
    const [entry] = opened.add([file]);
    expect(entry).toEqual({ token: expect.stringMatching(/^[0-9a-f-]{36}$/), name: 'all.ics' });
    expect(opened.read(entry!.token)).toEqual({ name: 'all.ics', text: 'BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n' });
    expect(() => opened.read(entry!.token)).toThrow('no longer waiting');
  });

  it('delivers them as an event and serves them through the validated channel', async () => {
    const dir = tempDir();
    const file = path.join(dir, 'feed.xml');
    fs.copyFileSync(BUNDLED_FEED, file);
    const events: EventMessage[] = [];
    const app = startApp({
      databasePath: path.join(dir, 'kubeplan.db'),
      bundledFeedFile: BUNDLED_FEED,
      openExternal: async () => true,
      emit: (name, payload) => events.push({ name, payload }),
    });
    app.services.emit('filesOpened', { files: app.services.openedFiles.add([file]) });
    const token = (events[0]!.payload as { files: { token: string }[] }).files[0]!.token;
    const dispatch = createDispatch(createHandlers(app));
    const read = await dispatch('app:read-opened-file', { token });
    expect(read.ok && (read.value as { name: string }).name).toBe('feed.xml');
    expect(await dispatch('app:read-opened-file', { token: '../../etc/passwd' })).toMatchObject({
      ok: false,
      error: { code: 'invalid-argument' },
    });
    app.current().db?.close();
  });
});

// The built Electron main process (out/main/index.js) run under Node with a recording stand-in for
// `electron`: what it sets up before and on ready, what it refuses, and how files reach the window.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { APP_SCHEME, MIME_TYPES, RENDERER_URL } from '../../../src/main/app-protocol';
import { CONTENT_SECURITY_POLICY } from '../../../src/main/content-security-policy';
import { channelNames, contract } from '../../../src/shared/ipc/contract';
import { EVENT_CHANNEL, type EventMessage } from '../../../src/shared/ipc/events';
import { createElectronStandIn, StandInWebContents, type ElectronStandIn } from './electron-stand-in';
import { loadBuiltMain, OUT, ROOT } from './load-built';

const SCHEDULE = path.join(ROOT, 'test', 'fixtures', 'schedules', 'sched-kccnceu2026-tuesday-morning.ics');
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

let dir: string;
let launchFile: string;
let electron: ElectronStandIn;
const savedArgv = process.argv;

beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kubeplan-shell-'));
  fs.mkdirSync(path.join(dir, 'downloads'));
  launchFile = path.join(dir, 'downloads', 'launch schedule.ics');
  fs.copyFileSync(SCHEDULE, launchFile);
  delete process.env['KUBEPLAN_USER_DATA'];
  delete process.env['KUBEPLAN_BUNDLED_FEED'];
  // As a packaged app started with a file ("open with", or a desktop file's %F).
  process.argv = ['/opt/kubeplan/kubeplan', '--enable-features=x', launchFile];
  electron = createElectronStandIn({ userData: path.join(dir, 'userData'), appPath: ROOT, isPackaged: true });
  loadBuiltMain(electron);
  await electron.becomeReady();
});

afterAll(() => {
  process.argv = savedArgv;
  electron.fireApp('will-quit');
  fs.rmSync(dir, { recursive: true, force: true });
});

const window = () => electron.windows[0]!;
const ownFrame = () => ({
  sender: window().webContents,
  senderFrame: { url: `${RENDERER_URL}#/agenda`, parent: null },
});

/** Calls a channel as the renderer would, through the handler main registered with ipcMain. */
async function call(channel: string, input?: unknown, event: unknown = ownFrame()) {
  const handler = electron.ipcHandlers.get(channel);
  if (!handler) throw new Error(`no handler for ${channel}`);
  return (await handler(event, input)) as { ok: boolean; value?: unknown; error?: { code: string; message: string } };
}

function filesOpenedMessages(): EventMessage<'filesOpened'>[] {
  return window()
    .webContents.sent.filter((m) => m.channel === EVENT_CHANNEL)
    .map((m) => m.args[0] as EventMessage)
    .filter((m): m is EventMessage<'filesOpened'> => m.name === 'filesOpened');
}

describe('before ready', () => {
  it('sandboxes every renderer, registers app:// as a privileged scheme and takes the single-instance lock', () => {
    const early = electron.recorder.calls.filter((c) => !c.afterReady).map((c) => c.name);
    expect(early).toContain('app.enableSandbox');
    expect(early).toContain('app.requestSingleInstanceLock');
    expect(early).toContain('protocol.registerSchemesAsPrivileged');
    expect(electron.privilegedSchemes).toEqual([
      { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true, codeCache: true } },
    ]);
    expect(electron.module.app.quitCalls).toBe(0);
  });
});

describe('on ready', () => {
  it('opens exactly one window: sandboxed, isolated, no Node, no DevTools when packaged, preload on disk', () => {
    expect(electron.windows).toHaveLength(1);
    const prefs = window().options.webPreferences!;
    expect(prefs).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webviewTag: false,
      devTools: false,
    });
    expect(prefs['preload']).toBe(path.join(OUT, 'preload', 'index.cjs'));
    expect(fs.statSync(prefs['preload'] as string).isFile()).toBe(true);
  });

  it('loads the renderer from app://, never from file://', () => {
    expect(window().webContents.loaded).toEqual([{ kind: 'url', target: RENDERER_URL }]);
    expect(electron.recorder.calls.some((c) => c.name === 'protocol.registerFileProtocol')).toBe(false);
  });

  it('registers a handler for every channel of the contract and for nothing else', () => {
    expect(new Set(channelNames).size).toBe(channelNames.length);
    expect([...electron.ipcHandlers.keys()].sort()).toEqual([...channelNames].sort());
  });

  it('answers our own page through the real dispatch, which still validates every argument', async () => {
    const status = await call(contract.getStatus.channel);
    expect(status.ok).toBe(true);
    expect(status.value).toMatchObject({ databaseAvailable: true, startupProblems: [] });
    // The bundled feed was imported into the fresh database on first start.
    const sessions = (await call(contract.listSessions.channel)).value as unknown[];
    expect(sessions.length).toBeGreaterThan(20);
    expect((status.value as { sessionCount: number }).sessionCount).toBe(sessions.length);
    const bad = await call(contract.getSession.channel, { sessionKey: 42 });
    expect(bad).toMatchObject({ ok: false, error: { code: 'invalid-argument' } });
  });
});

describe('unknown senders', () => {
  it('are refused, and the refused call changes nothing', async () => {
    const sessions = (await call(contract.listSessions.channel)).value as { sessionKey: string }[];
    const target = sessions[0]!.sessionKey;
    const strangers: [string, unknown][] = [
      ['another window', { sender: new StandInWebContents(), senderFrame: { url: RENDERER_URL, parent: null } }],
      [
        'the old file:// page',
        { sender: window().webContents, senderFrame: { url: `file://${OUT}/renderer/index.html`, parent: null } },
      ],
      [
        'a remote page',
        { sender: window().webContents, senderFrame: { url: 'https://evil.example/index.html', parent: null } },
      ],
      [
        'a script on app://',
        { sender: window().webContents, senderFrame: { url: 'app://kubeplan/assets/x.js', parent: null } },
      ],
      ['a subframe', { sender: window().webContents, senderFrame: { url: RENDERER_URL, parent: {} } }],
      ['a frame already gone', { sender: window().webContents, senderFrame: null }],
    ];
    for (const [who, event] of strangers) {
      const answer = await call(contract.setStar.channel, { sessionKey: target, status: 'going' }, event);
      expect(answer, who).toEqual({
        ok: false,
        error: { code: 'forbidden', message: `${contract.setStar.channel}: sender not allowed` },
      });
    }
    const after = (await call(contract.getSession.channel, { sessionKey: target })).value as { agenda: unknown };
    expect(after.agenda).toBeNull();
  });
});

describe('navigation, new windows and permissions', () => {
  it('denies every navigation and redirect, the app itself included', () => {
    for (const url of ['https://evil.example/', 'file:///etc/passwd', RENDERER_URL]) {
      expect(window().webContents.fire('will-navigate', url).defaultPrevented, url).toBe(true);
      expect(window().webContents.fire('will-redirect', url).defaultPrevented, url).toBe(true);
    }
  });

  it('denies window.open; an http(s) link goes to the system browser, nothing else does', () => {
    const open = window().webContents.windowOpenHandler!;
    expect(open({ url: 'https://kccnceu2024.sched.com/event/1YFfY' })).toEqual({ action: 'deny' });
    expect(open({ url: 'file:///etc/passwd' })).toEqual({ action: 'deny' });
    expect(open({ url: 'javascript:alert(1)' })).toEqual({ action: 'deny' });
    expect(electron.opened).toEqual(['https://kccnceu2024.sched.com/event/1YFfY']);
  });

  it('refuses <webview> in any web contents and grants no permission', () => {
    const contents = new StandInWebContents();
    electron.fireApp('web-contents-created', contents);
    expect(contents.fire('will-attach-webview', {}, {}).defaultPrevented).toBe(true);
    for (const permission of ['media', 'notifications', 'geolocation', 'clipboard-read']) {
      let granted: boolean | null = null;
      electron.permissions.request!(window().webContents, permission, (answer) => (granted = answer));
      expect(granted, permission).toBe(false);
      expect(electron.permissions.check!(window().webContents, permission), permission).toBe(false);
    }
  });
});

describe('the app:// protocol', () => {
  const get = (url: string) => electron.protocolHandlers.get(APP_SCHEME)!(new Request(url));

  it('serves every file of the built renderer with its MIME type and the CSP header', async () => {
    const page = await get(RENDERER_URL);
    expect(page.status).toBe(200);
    expect(page.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(page.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    expect(page.headers.get('content-security-policy')).toContain("frame-ancestors 'none'");
    const rendererDir = path.join(OUT, 'renderer');
    const files = fs.readdirSync(rendererDir, { recursive: true, encoding: 'utf8' });
    let served = 0;
    for (const relative of files) {
      const file = path.join(rendererDir, relative);
      if (!fs.statSync(file).isFile()) continue;
      const response = await get(`app://kubeplan/${relative.split(path.sep).join('/')}`);
      expect(response.status, relative).toBe(200);
      expect(response.headers.get('content-type'), relative).toBe(MIME_TYPES[path.extname(relative)]);
      expect(response.headers.get('content-security-policy'), relative).toBe(CONTENT_SECURITY_POLICY);
      expect(Buffer.from(await response.arrayBuffer()).equals(fs.readFileSync(file)), relative).toBe(true);
      served += 1;
    }
    expect(served).toBeGreaterThanOrEqual(4);
  });

  it('serves nothing outside the renderer folder', async () => {
    for (const url of [
      'app://kubeplan/..%2fmain%2findex.js',
      'app://kubeplan/%2e%2e/preload/index.cjs',
      'app://kubeplan/../main/index.js',
      'app://kubeplan/assets/..%2f..%2f..%2fpackage.json',
      'app://other-host/index.html',
    ]) {
      const response = await get(url);
      expect(response.status, url).toBeGreaterThanOrEqual(400);
      expect(await response.text(), url).not.toContain('kubeplan');
    }
  });
});

describe('files handed to the app', () => {
  it('gives a file named at launch to the window as a token once the page has loaded', async () => {
    expect(filesOpenedMessages()).toEqual([]);
    window().webContents.emit('did-finish-load');
    const [message] = filesOpenedMessages();
    expect(message!.payload.files).toEqual([{ token: expect.stringMatching(UUID), name: 'launch schedule.ics' }]);
    expect(JSON.stringify(message)).not.toContain(dir);
    const read = await call(contract.readOpenedFile.channel, { token: message!.payload.files[0]!.token });
    expect(read.ok).toBe(true);
    expect((read.value as { text: string }).text).toBe(fs.readFileSync(SCHEDULE, 'utf8'));
  });

  it('hands a second launch’s file to this window: restored, focused, the file as a one-use token', async () => {
    window().minimized = true;
    const before = filesOpenedMessages().length;
    electron.fireApp(
      'second-instance',
      ['/opt/kubeplan/kubeplan', '--some-flag', 'launch schedule.ics'],
      path.join(dir, 'downloads'),
    );
    expect(window().restored).toBe(1);
    expect(window().focused).toBe(1);
    const messages = filesOpenedMessages();
    expect(messages).toHaveLength(before + 1);
    const [file] = messages.at(-1)!.payload.files;
    expect(file).toEqual({ token: expect.stringMatching(UUID), name: 'launch schedule.ics' });
    expect(JSON.stringify(messages.at(-1))).not.toContain(dir);
    expect((await call(contract.readOpenedFile.channel, { token: file!.token })).ok).toBe(true);
    expect(await call(contract.readOpenedFile.channel, { token: file!.token })).toMatchObject({
      ok: false,
      error: { code: 'not-found' },
    });
  });

  it('takes macOS "open with" the same way', () => {
    const before = filesOpenedMessages().length;
    expect(electron.fireApp('open-file', launchFile).defaultPrevented).toBe(true);
    expect(filesOpenedMessages()).toHaveLength(before + 1);
  });

  it('previews and imports a handed-over file through the real handlers (parsed off the main thread)', async () => {
    const text = fs.readFileSync(SCHEDULE, 'utf8');
    const preview = await call(contract.previewImport.channel, { name: 'tuesday.ics', text });
    expect(preview.ok, JSON.stringify(preview.error)).toBe(true);
    expect(preview.value).toMatchObject({ format: 'ical', fileName: 'tuesday.ics', problems: [] });
    const newCount = (preview.value as { counts: { new: number } }).counts.new;
    expect(newCount).toBeGreaterThan(10);
    const imported = await call(contract.confirmImport.channel, { name: 'tuesday.ics', text });
    expect(imported.ok, JSON.stringify(imported.error)).toBe(true);
    expect((imported.value as { counts: { new: number } }).counts.new).toBe(newCount);
    const broken = await call(contract.previewImport.channel, {
      name: 'broken.ics',
      text: 'BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\n',
    });
    expect(broken.ok).toBe(false);
    expect(broken.error!.message).toContain('broken.ics');
  });
});

describe('quitting', () => {
  it('quits when the last window closes', () => {
    electron.fireApp('window-all-closed');
    expect(electron.module.app.quitCalls).toBe(1);
  });
});

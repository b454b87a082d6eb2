// Reminders in the built main process: a tick of the 30-second timer shows a desktop notification
// for a starred session inside its lead time, clicking it opens the session, and the same holds
// after a backup was restored (the tick must then read the restored database, not the closed one).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { contract } from '../../../src/shared/ipc/contract';
import type { SessionView } from '../../../src/shared/types';
import { RENDERER_URL } from '../../../src/main/app-protocol';
import { createElectronStandIn, type ElectronStandIn } from './electron-stand-in';
import { loadBuiltMain, ROOT } from './load-built';

const SCHEDULES = path.join(ROOT, 'test', 'fixtures', 'schedules');
const readSchedule = (name: string) => ({ name, text: fs.readFileSync(path.join(SCHEDULES, name), 'utf8') });
const TICK_MS = 30_000;

let dir: string;
let electron: ElectronStandIn;
let timed: SessionView[];

beforeAll(async () => {
  // Only the clock and the interval timer are fake: the reminder ticker runs when the test says so.
  vi.useFakeTimers({ toFake: ['setInterval', 'clearInterval', 'Date'], now: new Date('2024-01-01T00:00:00Z') });
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kubeplan-reminders-'));
  delete process.env['KUBEPLAN_USER_DATA'];
  delete process.env['KUBEPLAN_BUNDLED_FEED'];
  electron = createElectronStandIn({ userData: dir, appPath: ROOT, isPackaged: false, notificationsSupported: true });
  loadBuiltMain(electron);
  await electron.becomeReady();
  // The bundled feed has days but no times: the KubeCon EU 2026 Sched export brings timed sessions.
  expect((await call(contract.confirmImport.channel, readSchedule('sched-kccnceu2026-tuesday-morning.ics'))).ok).toBe(
    true,
  );
  const sessions = (await call(contract.listSessions.channel)).value as SessionView[];
  timed = sessions
    .filter((s) => s.start !== null && s.status === 'active')
    .sort((a, b) => a.start!.localeCompare(b.start!));
  expect(timed.length).toBeGreaterThan(2);
  expect((await call(contract.setSettings.channel, { reminderMinutes: 15 })).ok).toBe(true);
});

afterAll(() => {
  electron.fireApp('before-quit');
  electron.fireApp('will-quit');
  vi.useRealTimers();
  fs.rmSync(dir, { recursive: true, force: true });
});

const window = () => electron.windows[0]!;

async function call(channel: string, input?: unknown) {
  const handler = electron.ipcHandlers.get(channel)!;
  const event = { sender: window().webContents, senderFrame: { url: RENDERER_URL, parent: null } };
  return (await handler(event, input)) as { ok: boolean; value?: unknown; error?: { code: string; message: string } };
}

async function starAndWait(session: SessionView): Promise<void> {
  expect((await call(contract.setStar.channel, { sessionKey: session.sessionKey, status: 'going' })).ok).toBe(true);
  vi.setSystemTime(Date.parse(session.start!) - 10 * 60_000);
}

describe('reminders', () => {
  it('has DevTools in a development run (not packaged)', () => {
    expect(window().options.webPreferences!['devTools']).toBe(true);
  });

  it('shows a notification on the tick inside the lead time, once, and a click opens the session', async () => {
    const first = timed[0]!;
    await starAndWait(first);
    expect(electron.notifications).toHaveLength(0);
    vi.advanceTimersByTime(TICK_MS);
    expect(electron.notifications.map((n) => n.options.title)).toEqual([first.title]);
    expect(electron.notifications[0]!.options.body).toMatch(/^Starts in (9|10) min/);
    vi.advanceTimersByTime(TICK_MS);
    expect(electron.notifications).toHaveLength(1);

    electron.notifications[0]!.emit('click');
    expect(window().shown).toBe(1);
    expect(window().webContents.executed.at(-1)).toBe(
      `window.location.hash = ${JSON.stringify(`#/session/${encodeURIComponent(first.sessionKey)}`)}`,
    );
  });

  // Needs the immutable app context (branch wip/use-cases): until then main's reminder ticker keeps
  // the database handle a restore closes, and this tick throws "The database connection is not open".
  it('still fires after a backup was restored, from the restored database', async () => {
    const later = timed.at(-1)!;
    expect(Date.parse(later.start!)).toBeGreaterThan(Date.parse(timed[0]!.start!));
    await starAndWait(later);
    // An import writes an automatic backup first: it holds the star and the reminder setting.
    expect(
      (await call(contract.confirmImport.channel, readSchedule('c3voc-schedule-json-frab-camp2019.json'))).ok,
    ).toBe(true);
    const status = (await call(contract.getStatus.channel)).value as { backups: { file: string }[] };
    expect(status.backups.length).toBeGreaterThan(0);
    const restored = await call(contract.restoreBackup.channel, { file: status.backups[0]!.file });
    expect(restored.ok, JSON.stringify(restored.error)).toBe(true);

    const before = electron.notifications.length;
    vi.advanceTimersByTime(TICK_MS);
    expect(electron.notifications.slice(before).map((n) => n.options.title)).toEqual([later.title]);
  });
});

// A second launch of the built main process: it does not get the single-instance lock, so it quits
// at once and never opens a window, a database or an IPC handler (the first instance gets its files).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { createElectronStandIn, type ElectronStandIn } from './electron-stand-in';
import { loadBuiltMain, ROOT } from './load-built';

let dir: string;
let electron: ElectronStandIn;

beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kubeplan-second-'));
  electron = createElectronStandIn({ userData: dir, appPath: ROOT, gotSingleInstanceLock: false });
  loadBuiltMain(electron);
  await electron.becomeReady();
});

afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

it('quits without a window, a database or any IPC handler', () => {
  const names = electron.recorder.calls.map((c) => c.name);
  expect(names.indexOf('app.requestSingleInstanceLock')).toBeGreaterThanOrEqual(0);
  expect(electron.recorder.calls.find((c) => c.name === 'app.quit')?.afterReady).toBe(false);
  expect(electron.windows).toHaveLength(0);
  expect(electron.ipcHandlers.size).toBe(0);
  expect(electron.protocolHandlers.size).toBe(0);
  expect(fs.readdirSync(dir)).toEqual([]);
});

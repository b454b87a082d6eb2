// Playwright fixtures: `window` is the kubeplan window, either the built renderer in Debian Chromium
// with the real main-process handler table behind window.kubeplan (project "chromium"), or the real
// Electron app (project "electron", skipped where no Electron binary exists). Each test gets its own
// data folder.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { test as base, _electron, type Browser, type Page } from '@playwright/test';
import { backupDirFor, createBackup } from '../../src/core/store/backups';
import { applyImport } from '../../src/core/store/apply-import';
import type { Db } from '../../src/core/store/db';
import { startApp, type App, type ShellServices } from '../../src/main/app-context';
import type { ImportBatch } from '../../src/shared/types';
import { createDispatch } from '../../src/main/dispatch';
import { createHandlers } from '../../src/main/handlers/index';
import type { EventMessage } from '../../src/shared/ipc/events';
import { BINDING, EMIT, bridgeScript } from './harness/bridge-script';
import { electronBinary } from './harness/electron-binary';
import { serveDirectory } from './harness/static-server';

export const ROOT = path.resolve(import.meta.dirname, '../..');
export const BUNDLED_FEED = path.join(ROOT, 'data', 'cnpe-community-contribution.xml');
export const SCREENSHOTS = path.join(ROOT, 'test-results', 'screenshots');

interface WorkerFixtures {
  rendererUrl: string;
  /** Debian Chromium, launched only for the chromium project. */
  chromium: Browser | null;
}

/** The in-process backend behind the Chromium window: the app, and the shell services a test may steer. */
export interface Backend {
  app: App;
  /** The database in force now (after a restore, the restored one). */
  readonly db: Db | null;
  openedFiles: ShellServices['openedFiles'];
  emit: ShellServices['emit'];
  /** The clock the handlers read; the real one until a test sets it. */
  now: (() => Date) | undefined;
  /** What the save dialog answers; cancelled until a test sets it. */
  chooseSavePath: ((suggestedName: string) => Promise<string | null>) | undefined;
  /** What the Open dialog answers; cancelled until a test sets it. */
  chooseOpenPath: (() => Promise<string | null>) | undefined;
}

interface TestFixtures {
  /** The bundled feed this launch imports on first start. */
  bundledFeed: string;
  /** Bytes written to the database file before launch (to test corrupt files); null for none. */
  initialDatabase: string | null;
  /** Leaves one automatic backup (of a database seeded from the bundled feed) in the data folder. */
  withBackup: boolean;
  /**
   * Batches stored (through applyImport) after start-up and before the page loads (Chromium project
   * only). Wrapped in an object because Playwright reads a bare array option as [value, options].
   */
  seedBatches: { batches: ImportBatch[] };
  dataDir: string;
  /** URLs the app asked to open in the system browser (Chromium project only). */
  openedUrls: string[];
  window: Page;
  /** The app behind the window (Chromium project only; null under Electron). */
  backend: Backend | null;
  /** Where the backend's events go: set to the page once it exists. */
  eventSink: { deliver: (message: EventMessage) => Promise<void> };
}

export const test = base.extend<TestFixtures, WorkerFixtures>({
  rendererUrl: [
    // eslint-disable-next-line no-empty-pattern
    async ({}, use) => {
      const server = await serveDirectory(path.join(ROOT, 'out', 'renderer'));
      await use(server.url);
      await server.close();
    },
    { scope: 'worker' },
  ],
  chromium: [
    async ({ playwright }, use, workerInfo) => {
      if (workerInfo.project.name !== 'chromium') {
        await use(null);
        return;
      }
      const browser = await playwright.chromium.launch(workerInfo.project.use.launchOptions);
      await use(browser);
      await browser.close();
    },
    { scope: 'worker' },
  ],
  bundledFeed: [BUNDLED_FEED, { option: true }],
  initialDatabase: [null, { option: true }],
  withBackup: [false, { option: true }],
  seedBatches: [{ batches: [] }, { option: true }],
  // eslint-disable-next-line no-empty-pattern
  openedUrls: async ({}, use) => {
    await use([]);
  },
  dataDir: async ({ withBackup }, use) => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kubeplan-e2e-'));
    if (withBackup) {
      const scratch = startApp({
        databasePath: path.join(dir, 'scratch', 'kubeplan.db'),
        bundledFeedFile: BUNDLED_FEED,
        openExternal: async () => true,
      });
      createBackup(scratch.current().db!, backupDirFor(path.join(dir, 'kubeplan.db')), 'before-import');
      scratch.close();
    }
    await use(dir);
    fs.rmSync(dir, { recursive: true, force: true });
  },
  // eslint-disable-next-line no-empty-pattern
  eventSink: async ({}, use) => {
    await use({ deliver: async () => {} });
  },
  backend: async ({ dataDir, bundledFeed, initialDatabase, seedBatches, openedUrls, eventSink }, use, testInfo) => {
    if (testInfo.project.name !== 'chromium') {
      await use(null);
      return;
    }
    const databasePath = path.join(dataDir, 'kubeplan.db');
    if (initialDatabase !== null) fs.writeFileSync(databasePath, initialDatabase);
    // The services read the test's settings at each call, so a test steers them after start-up.
    const steer: Pick<Backend, 'now' | 'chooseSavePath' | 'chooseOpenPath'> = {
      now: undefined,
      chooseSavePath: undefined,
      chooseOpenPath: undefined,
    };
    const app = startApp({
      databasePath,
      bundledFeedFile: bundledFeed,
      openExternal: async (url) => {
        openedUrls.push(url);
        return true;
      },
      emit: (name, payload) => void eventSink.deliver({ name, payload }),
      now: () => (steer.now ? steer.now() : new Date()),
      chooseSavePath: (suggestedName) =>
        steer.chooseSavePath ? steer.chooseSavePath(suggestedName) : Promise.resolve(null),
      chooseOpenPath: () => (steer.chooseOpenPath ? steer.chooseOpenPath() : Promise.resolve(null)),
    });
    for (const batch of seedBatches.batches)
      applyImport(app.current().db!, batch, { now: () => new Date('2026-03-01T09:00:00Z') });
    const backend: Backend = {
      app,
      get db() {
        return app.current().db;
      },
      openedFiles: app.services.openedFiles,
      emit: app.services.emit,
      get now() {
        return steer.now;
      },
      set now(clock) {
        steer.now = clock;
      },
      get chooseSavePath() {
        return steer.chooseSavePath;
      },
      set chooseSavePath(answer) {
        steer.chooseSavePath = answer;
      },
      get chooseOpenPath() {
        return steer.chooseOpenPath;
      },
      set chooseOpenPath(answer) {
        steer.chooseOpenPath = answer;
      },
    };
    await use(backend);
    app.close();
  },
  window: async (
    { chromium, backend, eventSink, rendererUrl, dataDir, bundledFeed, initialDatabase },
    use,
    testInfo,
  ) => {
    if (testInfo.project.name === 'electron') {
      const binary = electronBinary();
      testInfo.skip(binary === null, 'Electron binary not installed on this machine; the Electron run is skipped');
      if (initialDatabase !== null) fs.writeFileSync(path.join(dataDir, 'kubeplan.db'), initialDatabase);
      const app = await _electron.launch({
        executablePath: binary!,
        args: [path.join(ROOT, 'out', 'main', 'index.js')],
        cwd: ROOT,
        env: { ...process.env, KUBEPLAN_USER_DATA: dataDir, KUBEPLAN_BUNDLED_FEED: bundledFeed },
      });
      const page = await app.firstWindow();
      await use(page);
      await app.close();
      return;
    }
    const dispatch = createDispatch(createHandlers(backend!.app));
    const context = await chromium!.newContext({ viewport: { width: 1280, height: 860 } });
    const page = await context.newPage();
    await page.exposeBinding(BINDING, (_source, channel: string, input: unknown) => dispatch(channel, input));
    await page.addInitScript({ content: await bridgeScript(ROOT) });
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    eventSink.deliver = async (message) => {
      await page.evaluate(
        ([emit, m]) => (globalThis as unknown as Record<string, (message: unknown) => void>)[emit]!(m),
        [EMIT, message] as const,
      );
    };
    await page.goto(rendererUrl);
    await use(page);
    await context.close();
    if (errors.length > 0) throw new Error(`uncaught errors in the renderer: ${errors.join('; ')}`);
  },
});

export { expect } from '@playwright/test';

export async function saveScreenshot(page: Page, name: string, project: string): Promise<string> {
  fs.mkdirSync(SCREENSHOTS, { recursive: true });
  const file = path.join(SCREENSHOTS, `${name}-${project}.png`);
  await page.screenshot({ path: file, fullPage: false });
  return file;
}

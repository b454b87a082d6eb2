// Launch → first row and launch → first search answer, through the e2e harness: the built renderer in
// Debian Chromium with the real handler table behind window.kubeplan, at the bundled feed's 27 sessions
// (the baseline), the real 596-session Sched export and 10,000 generated sessions (100,000 in bench:big).
// Each side is a fresh page of one backend per size, taken in turns so load slows every size alike.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium, type Browser } from '@playwright/test';
import { applyImport } from '../../../src/core/store/apply-import';
import { startApp, type App } from '../../../src/main/app-context';
import { createDispatch } from '../../../src/main/dispatch';
import { createHandlers } from '../../../src/main/handlers/index';
import type { ImportBatch, SessionRecord } from '../../../src/shared/types';
import { BINDING, bridgeScript } from '../../e2e/harness/bridge-script';
import { serveDirectory } from '../../e2e/harness/static-server';
import { initialView, SAVED_VIEW_KEY } from '../../../src/renderer/catalogue/saved-view';
import { catalogueBatches } from '../../fixtures/catalogue/catalogue-batches';
import { generateCatalogue, vocabulary } from '../generate-catalogue';
import type { BenchCase } from '../harness';

const ROOT = path.resolve(import.meta.dirname, '../../..');
const BUNDLED_FEED = path.join(ROOT, 'data', 'cnpe-community-contribution.xml');
// BENCH_RENDERER points at another build (an older commit's out/renderer) to compare the two.
const RENDERER = process.env['BENCH_RENDERER'] ?? path.join(ROOT, 'out', 'renderer');
/** The saved view a relaunch starts from when the user had typed a query (see catalogue/saved-view.ts). */
const QUERY = 'kubernetes';
const TIMEOUT_MS = Number(process.env['BENCH_WINDOW_TIMEOUT_S'] ?? 300) * 1000;

interface Side {
  name: string;
  app: App;
  dir: string;
  sessions: number;
}

interface Launch {
  /** The page's load event. */
  loaded: number;
  firstRow: number;
  /** The saved query answered: the count says "N of M sessions". */
  firstAnswer: number;
}

function generated(size: number): SessionRecord[] {
  return generateCatalogue(vocabulary(), size).map(
    ({ status: _s, agenda: _a, note: _n, changes: _c, ...record }) => record,
  );
}

function backend(name: string, batches: ImportBatch[]): Side {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kubeplan-bench-window-'));
  const app = startApp({
    databasePath: path.join(dir, 'kubeplan.db'),
    bundledFeedFile: BUNDLED_FEED,
    openExternal: async () => true,
  });
  const db = app.current().db!;
  for (const batch of batches) applyImport(db, batch, { now: () => new Date('2026-03-01T09:00:00Z') });
  const sessions = db.prepare<[], number>("SELECT COUNT(*) FROM sessions WHERE status = 'active'").pluck().get()!;
  return { name, app, dir, sessions };
}

// Runs in the page before any of its scripts: notes when the first row and the answered count appear.
const WATCH = `(() => {
  const marks = (window.__benchMarks = {});
  const check = () => {
    if (marks.firstRow === undefined && document.querySelector('article.session')) marks.firstRow = performance.now();
    const count = document.querySelector('.search-count');
    if (marks.firstAnswer === undefined && count && / of [1-9]\\d* sessions/.test(count.textContent)) marks.firstAnswer = performance.now();
  };
  new MutationObserver(check).observe(document, { subtree: true, childList: true, characterData: true });
  addEventListener('load', () => (marks.loaded = performance.now()));
})();`;

async function launch(browser: Browser, url: string, bridge: string, side: Side): Promise<Launch> {
  const dispatch = createDispatch(createHandlers(side.app));
  const context = await browser.newContext({ viewport: { width: 1280, height: 860 } });
  const page = await context.newPage();
  await page.exposeBinding(BINDING, (_source, channel: string, input: unknown) => dispatch(channel, input));
  await page.addInitScript({ content: bridge });
  const view = JSON.stringify({ ...initialView(), query: QUERY });
  await page.addInitScript({
    content: `localStorage.setItem(${JSON.stringify(SAVED_VIEW_KEY)}, ${JSON.stringify(view)});`,
  });
  await page.addInitScript({ content: WATCH });
  if (process.env['BENCH_DEBUG'])
    await page.addInitScript({
      content: `const inv = window.${BINDING}; window.calls = []; window.${BINDING} = async (c, i) => { const t = performance.now(); const r = await inv(c, i); window.calls.push([c, Math.round(t), Math.round(performance.now())]); return r; };`,
    });
  await page.goto(url);
  // A launch that never answers (at 100k on a loaded machine) is reported as such, not as a crash.
  await page
    .waitForFunction(
      () => {
        const marks = (globalThis as unknown as { __benchMarks: Partial<Launch> }).__benchMarks;
        return marks.firstRow !== undefined && marks.firstAnswer !== undefined && marks.loaded !== undefined;
      },
      undefined,
      { timeout: TIMEOUT_MS, polling: 100 },
    )
    .catch(() => {});
  const seen = await page.evaluate(() => (globalThis as unknown as { __benchMarks: Partial<Launch> }).__benchMarks);
  const marks: Launch = { loaded: NaN, firstRow: NaN, firstAnswer: NaN, ...seen };
  if (process.env['BENCH_DEBUG'])
    console.log(
      side.name,
      marks,
      await page.evaluate(() => JSON.stringify((globalThis as unknown as { calls: unknown }).calls)),
    );
  await context.close();
  return marks;
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

export const windowStartup: BenchCase = {
  title: 'Window start-up (e2e harness: launch → first row, first search answer)',
  async run() {
    if (!fs.existsSync(path.join(RENDERER, 'index.html'))) {
      console.log('skipped: no built renderer (run `npx electron-vite build` first)');
      return;
    }
    const big = process.env['BENCH_BIG'] === '1';
    const sides: Side[] = [
      backend('bundled feed', []),
      backend('KubeCon EU 2026', catalogueBatches()),
      backend('10k generated', [
        {
          source: { kind: 'schedule', location: 'generated-10k.ics', title: 'Generated, 10k' },
          sessions: generated(10_000),
        },
      ]),
      ...(big
        ? [
            backend('100k generated', [
              {
                source: { kind: 'schedule', location: 'generated-100k.ics', title: 'Generated, 100k' },
                sessions: generated(100_000),
              },
            ]),
          ]
        : []),
    ];
    const server = await serveDirectory(RENDERER);
    const browser = await chromium.launch({
      executablePath: process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium',
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--no-first-run'],
    });
    const bridge = await bridgeScript(ROOT);
    const runs = Number(process.env['BENCH_WINDOW_RUNS'] ?? (big ? 2 : 5));
    const results = sides.map((): Launch[] => []);
    try {
      await launch(browser, server.url, bridge, sides[0]!); // warm-up
      for (let i = 0; i < runs; i += 1) {
        for (const [s, side] of sides.entries()) results[s]!.push(await launch(browser, server.url, bridge, side));
      }
    } finally {
      await browser.close();
      await server.close();
      for (const side of sides) {
        side.app.close();
        fs.rmSync(side.dir, { recursive: true, force: true });
      }
    }
    const summary = results.map((launches) => ({
      loaded: median(launches.map((l) => l.loaded)),
      firstRow: median(launches.map((l) => l.firstRow)),
      firstAnswer: median(launches.map((l) => l.firstAnswer)),
      afterLoad: median(launches.map((l) => l.firstRow - l.loaded)),
    }));
    const base = summary[0]!;
    for (const [s, side] of sides.entries()) {
      const m = summary[s]!;
      // NaN (no answer within the timeout) fails too.
      const rowGoal = m.afterLoad <= 500 ? 'pass' : 'FAIL';
      const answerGoal =
        m.firstAnswer <= 1000
          ? 'pass'
          : `FAIL${Number.isNaN(m.firstAnswer) ? `: none within ${TIMEOUT_MS / 1000} s` : ''}`;
      console.log(
        `${`${side.name} (${side.sessions} sessions)`.padEnd(34)} load ${m.loaded.toFixed(0).padStart(5)} ms  ` +
          `first row ${m.firstRow.toFixed(0).padStart(6)} ms = ${(m.firstRow / base.firstRow).toFixed(2)}x ` +
          `(${m.afterLoad.toFixed(0)} ms after load: ${rowGoal}, goal ≤ 500)  ` +
          `first answer ${m.firstAnswer.toFixed(0).padStart(6)} ms = ${(m.firstAnswer / base.firstAnswer).toFixed(2)}x ` +
          `(${answerGoal}, goal ≤ 1000)  [${runs} runs, medians; baseline: ${sides[0]!.name}]`,
      );
    }
  },
};

// Work in a worker thread: results and errors come back as if the task ran here, the calling thread
// stays free meanwhile, a crash or an idle worker is handled, and the built worker parses real
// imports and builds .ics text exactly as main would.
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exportCalendar } from '../../../src/core/ical/export-calendar';
import { parseSource as parseText, type ParseRequest } from '../../../src/core/use-cases/import-source';
import { listSessions } from '../../../src/core/store/read-sessions';
import { startApp } from '../../../src/main/app-context';
import { createDispatch } from '../../../src/main/dispatch';
import { createHandlers } from '../../../src/main/handlers/index';
import { createOffload, type Offload } from '../../../src/main/offload';
import type { OffloadTasks } from '../../../src/main/offload-tasks';
import { KubeplanError } from '../../../src/shared/errors';
import { contract } from '../../../src/shared/ipc/contract';
import { BUNDLED_FEED, FIXTURES, ROOT, tempDir } from '../helpers';
import { testTasks } from './fixtures/offload-test-tasks';

const TEST_WORKER = path.join(import.meta.dirname, 'fixtures', 'offload-test-worker.ts');
const BUILT_WORKER = path.join(ROOT, 'out', 'main', 'offload-worker.js');
const TSX = ['--import', 'tsx'];
const schedule = (name: string) => ({ name, text: fs.readFileSync(path.join(FIXTURES, 'schedules', name), 'utf8') });

/** Counts how often this thread's event loop gets a turn while `work` is pending. */
async function turnsWhile<T>(work: () => Promise<T>): Promise<{ value: T; turns: number }> {
  let turns = 0;
  let done = false;
  const spin = () => {
    if (done) return;
    turns += 1;
    setTimeout(spin, 1);
  };
  setTimeout(spin, 1);
  const value = await work();
  done = true;
  return { value, turns };
}

describe('a task table in a worker thread', () => {
  let offload: Offload<typeof testTasks>;
  beforeAll(() => {
    offload = createOffload<typeof testTasks>({ workerFile: TEST_WORKER, execArgv: TSX });
  });
  afterAll(() => offload.close());

  it('answers with the task’s result; its errors keep their code, place and words', async () => {
    expect(await offload.run('double', 21)).toBe(42);
    expect(offload.running).toBe(true);
    const here = (() => {
      try {
        testTasks.refuse('talks.csv');
      } catch (error) {
        return error as KubeplanError;
      }
    })()!;
    const there = await offload.run('refuse', 'talks.csv').catch((error: unknown) => error);
    expect(there).toBeInstanceOf(KubeplanError);
    expect(there).toMatchObject({ code: here.code, where: here.where, message: here.message });
    expect((there as Error).message).toBe('talks.csv: line 3: not a schedule');
    const bug = await offload.run('bug', undefined).catch((error: unknown) => error as Error);
    expect(bug).not.toBeInstanceOf(KubeplanError);
    expect(bug.message).toBe('cannot read x of undefined');
    expect(bug.stack).toContain('offload-test-tasks');
  });

  it('leaves this thread free while the task keeps its own thread busy', async () => {
    const inWorker = await turnsWhile(() => offload.run('spin', 400));
    expect(inWorker.value).toBe(true);
    expect(inWorker.turns).toBeGreaterThanOrEqual(5);
    // The same work on this thread: not one turn until it is done. This is what the window felt.
    const here = await turnsWhile(async () => testTasks.spin(400));
    expect(here.turns).toBe(0);
  });

  it('rejects a result that cannot cross threads, and keeps serving', async () => {
    await expect(offload.run('handBack', undefined)).rejects.toThrow(/handBack: .*could not be cloned/);
    await expect(offload.run('double', (() => 1) as unknown as number)).rejects.toThrow(
      /double: .*could not be cloned/,
    );
    expect(await offload.run('double', 4)).toBe(8);
  });

  it('runs tasks side by side in order of their answers', async () => {
    const slow = offload.run('later', { value: 'slow', ms: 200 });
    const fast = offload.run('later', { value: 'fast', ms: 10 });
    const order: string[] = [];
    await Promise.all([slow.then((v) => order.push(v)), fast.then((v) => order.push(v))]);
    expect(order).toEqual(['fast', 'slow']);
  });
});

describe('when the worker goes away', () => {
  it('a crash fails the runs it had with a clear error, and the next run gets a new worker', async () => {
    const offload = createOffload<typeof testTasks>({ workerFile: TEST_WORKER, execArgv: TSX });
    try {
      const waiting = offload.run('later', { value: 'never', ms: 5_000 });
      await expect(offload.run('crash', undefined)).rejects.toThrow(
        'the background worker stopped: it exited with code 7',
      );
      await expect(waiting).rejects.toThrow('the background worker stopped');
      expect(offload.running).toBe(false);
      expect(await offload.run('double', 5)).toBe(10);
      expect(offload.inline).toBe(false);
    } finally {
      await offload.close();
    }
  });

  it('an idle worker ends itself and the next run starts one again', async () => {
    const offload = createOffload<typeof testTasks>({ workerFile: TEST_WORKER, execArgv: TSX, idleMs: 50 });
    try {
      expect(await offload.run('double', 1)).toBe(2);
      expect(offload.running).toBe(true);
      await new Promise((resolve) => setTimeout(resolve, 400));
      expect(offload.running).toBe(false);
      expect(await offload.run('double', 3)).toBe(6);
    } finally {
      await offload.close();
    }
  });

  it('with no worker able to start, the fallback runs the tasks on this thread; without one, runs fail', async () => {
    const told: string[] = [];
    const missing = path.join(tempDir(), 'no-such-worker.js');
    const withFallback = createOffload({ workerFile: missing, fallback: testTasks, onFallback: (r) => told.push(r) });
    expect(await withFallback.run('double', 8)).toBe(16);
    await expect(withFallback.run('refuse', 'x.ics')).rejects.toThrow('x.ics: line 3: not a schedule');
    expect(withFallback.inline).toBe(true);
    expect(told).toHaveLength(1);
    expect(told[0]).toMatch(/Cannot find module|no-such-worker/);
    await withFallback.close();

    const without = createOffload<typeof testTasks>({ workerFile: missing });
    await expect(without.run('double', 8)).rejects.toThrow(/the background worker stopped/);
    await without.close();
  });

  it('close fails what is pending and refuses later runs', async () => {
    const offload = createOffload<typeof testTasks>({ workerFile: TEST_WORKER, execArgv: TSX });
    const pending = offload.run('later', { value: 'x', ms: 5_000 }).then(
      () => new Error('resolved'),
      (error: unknown) => error as Error,
    );
    await offload.close();
    expect((await pending).message).toBe('the background worker was closed');
    await expect(offload.run('double', 1)).rejects.toThrow('the background worker is closed');
  });
});

describe('the built worker (out/main/offload-worker.js)', () => {
  let offload: Offload<OffloadTasks>;
  beforeAll(() => {
    offload = createOffload<OffloadTasks>({ workerFile: BUILT_WORKER });
  });
  afterAll(() => offload.close());

  it('parses real schedules and feeds exactly as the main thread would', async () => {
    const feed = { name: 'cnpe.xml', text: fs.readFileSync(BUNDLED_FEED, 'utf8') };
    for (const request of [
      schedule('sched-kccnceu2026-tuesday-morning.ics'),
      schedule('sched-export-penguicon2019.csv'),
      { ...schedule('sessionize-scottishsummit-2026-viewAll.json'), timeZone: 'Europe/London' },
      feed,
    ]) {
      const there = await offload.run('parseImport', request);
      expect(there, request.name).toEqual(parseText(request));
    }
    expect((await offload.run('parseImport', feed)).kind).toBe('feed');
  });

  it('refuses a broken file with the same error as the main thread', async () => {
    const request = { name: 'broken.ics', text: 'BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nDTSTART:2024-02-30\r\n' };
    const here = (() => {
      try {
        parseText(request);
      } catch (error) {
        return error as KubeplanError;
      }
    })();
    const there = await offload.run('parseImport', request).catch((error: unknown) => error);
    if (here === undefined) expect(there).toEqual(parseText(request));
    else expect(there).toMatchObject({ code: here.code, where: here.where, message: here.message });
  });

  it('builds the same .ics text as the main thread', async () => {
    const app = startApp({
      databasePath: path.join(tempDir(), 'kubeplan.db'),
      bundledFeedFile: BUNDLED_FEED,
      openExternal: async () => true,
    });
    try {
      const sessions = listSessions(app.current().db!);
      const options = {
        now: new Date('2026-03-01T09:00:00Z'),
        sequences: new Map([[sessions[0]!.sessionKey, 2]]),
        calendarName: 'kubeplan',
        suggestedName: 'kubeplan.ics',
      };
      const built = await offload.run('buildIcs', { sessions, options });
      expect(built).toEqual(exportCalendar(sessions, options));
      expect(built.eventCount).toBeGreaterThan(0);
    } finally {
      app.close();
    }
  });

  it('behind the import channels: preview and import give what the plain handlers give', async () => {
    // The same app twice, one parsing in the calling thread, one in the worker (as main wires it).
    const apps = [undefined, (request: ParseRequest) => offload.run('parseImport', request)].map((parseImport) =>
      startApp({
        databasePath: path.join(tempDir(), 'kubeplan.db'),
        bundledFeedFile: BUNDLED_FEED,
        openExternal: async () => true,
        ...(parseImport ? { parseImport } : {}),
      }),
    );
    try {
      const plain = createDispatch(createHandlers(apps[0]!));
      const offloaded = createDispatch(createHandlers(apps[1]!));
      const request = schedule('sched-kccnceu2026-tuesday-morning.ics');
      for (const [channel, input] of [
        [contract.previewImport.channel, request],
        [contract.confirmImport.channel, request],
        [contract.previewImport.channel, { name: 'empty.csv', text: '' }],
      ] as const) {
        const expected = await plain(channel, input);
        expect(await offloaded(channel, input), channel).toEqual(expected);
      }
      expect(listSessions(apps[1]!.current().db!)).toEqual(listSessions(apps[0]!.current().db!));
    } finally {
      for (const app of apps) app.close();
    }
  });
});

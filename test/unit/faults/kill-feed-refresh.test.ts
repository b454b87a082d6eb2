// A feed refresh SIGKILLed at many points, in the parse and in the write: every time the database is
// sound and holds exactly the data from before the refresh or exactly the data after it.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { refreshFeedLocation } from '../../../src/core/use-cases/refresh-feeds';
import { openStore } from '../../../src/core/store/open-store';
import { recapFeed } from '../../bench/cases/recap-feed';
import { ROOT, tempDir } from '../helpers';
import { dump, type Dump } from './fault-helpers';

const CHILD = path.join(import.meta.dirname, 'support', 'refresh-feed-child.ts');
const NOW = '2026-11-24T10:00:00.000Z';

interface Run {
  output: string;
  signal: NodeJS.Signals | null;
}

/** Runs the child on `db`; when `kill` is given, SIGKILLs it `delay` ms after it prints `at`. */
function runChild(db: string, feed: string, kill?: { at: 'refreshing' | 'writing'; delay: number }): Promise<Run> {
  const child = spawn(process.execPath, ['--import', 'tsx', CHILD, db, feed, NOW], {
    cwd: ROOT,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  let armed = false;
  child.stdout.on('data', (chunk: Buffer) => {
    output += chunk.toString();
    if (kill && !armed && output.includes(`${kill.at}\n`)) {
      armed = true;
      setTimeout(() => child.kill('SIGKILL'), kill.delay);
    }
  });
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
  return new Promise((resolve) => child.on('exit', (_code, signal) => resolve({ output, signal })));
}

function check(file: string): { dump: Dump; integrity: unknown } {
  const db = openStore(file);
  try {
    return { dump: dump(db), integrity: db.pragma('integrity_check', { simple: true }) };
  } finally {
    db.close();
  }
}

describe('a feed refresh killed midway', () => {
  it('always leaves exactly the before or exactly the after data', async () => {
    const dir = tempDir();
    const feed = path.join(dir, 'recap.xml');
    // A quarter of the 5 MB recap feed (50 posts, real text, distinct sched ids) keeps the runs quick.
    const whole = recapFeed();
    const items = whole.split('<item>');
    const oldText = `${items
      .slice(0, 51)
      .join('<item>')
      .replace(/<\/item>(?![\s\S]*<\/item>)[\s\S]*$/, '</item>')}</channel></rss>`;
    fs.writeFileSync(feed, oldText);
    const base = path.join(dir, 'base.db');
    const db = openStore(base);
    await refreshFeedLocation({ db, now: () => new Date('2026-11-20T10:00:00Z') }, feed, 'feed', () => {});
    db.prepare("INSERT INTO agenda (session_key, status, note, updated_at) VALUES ('x', 'going', 'mine', 'now')").run();
    const before = dump(db);
    db.close();
    // The new version lists every session under a new sched id: the refresh removes all and adds all.
    fs.writeFileSync(feed, oldText.replace(/(sched\.com\/event\/|sched\.co\/)([A-Za-z0-9]+)/g, '$1$2n'));

    // The after snapshot: the same refresh, same clock, run to the end here (timing its write).
    const reference = path.join(dir, 'reference.db');
    fs.copyFileSync(base, reference);
    const refDb = openStore(reference);
    let writingAt = 0;
    // Every session changes id, so the refresh needs the second confirmation a user would give.
    await refreshFeedLocation({ db: refDb, now: () => new Date(NOW) }, feed, 'feed', () => (writingAt = Date.now()), {
      allowRemovals: true,
    });
    const writeMs = Date.now() - writingAt;
    refDb.close();
    const after = check(reference).dump;
    expect(after.sessions.length).toBeGreaterThan(before.sessions.length);

    // Kill points: during the parse, then spread over the write as this machine timed it.
    const points: { at: 'refreshing' | 'writing'; delay: number }[] = [
      { at: 'refreshing', delay: 50 },
      { at: 'writing', delay: 0 },
      ...[0.2, 0.45, 0.7, 0.9].map((f) => ({ at: 'writing' as const, delay: Math.round(writeMs * f) })),
    ];
    const outcomes: string[] = [];
    for (const [i, point] of points.entries()) {
      const file = path.join(dir, `run-${i}.db`);
      fs.copyFileSync(base, file);
      const run = await runChild(file, feed, point);
      const { dump: found, integrity } = check(file);
      expect(integrity, `run ${i}`).toBe('ok');
      const same =
        JSON.stringify(found) === JSON.stringify(before)
          ? 'before'
          : JSON.stringify(found) === JSON.stringify(after)
            ? 'after'
            : 'mixed';
      expect(same, `run ${i} (${point.at} + ${point.delay} ms, ${run.signal ?? 'exited'})`).not.toBe('mixed');
      outcomes.push(`${run.signal === 'SIGKILL' ? 'killed' : 'finished'}:${same}`);
    }
    // Most runs must really die mid-refresh (late points may finish first on a fast machine), or the test proves nothing.
    expect(outcomes.filter((o) => o === 'killed:before').length).toBeGreaterThanOrEqual(3);
    expect(outcomes).toHaveLength(6);
    // Six child processes each start tsx and parse 1.3 MB: on a loaded 2-core machine that alone is ~15 s
    // per child, so the limit is generous; the test asserts outcomes, never durations.
  }, 240_000);
});

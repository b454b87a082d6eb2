// Recordings on real data: the KubeCon EU 2026 Sched export imported as a user would, a YouTube
// playlist feed of its recordings read, every video checked against the gold; and the Missed list.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { setStar } from '../../../../src/core/use-cases/star';
import { importRecordings, listSessionRecordings, missedSessions } from '../../../../src/core/use-cases/recordings';
import { importSource } from '../../../../src/core/use-cases/import-source';
import { FIXTURES, tempDb, thrown } from '../../helpers';

const FEED = path.join(FIXTURES, 'recordings', 'youtube-kubecon-eu-2026.xml');
const GOLD = (
  JSON.parse(fs.readFileSync(path.join(FIXTURES, 'recordings', 'youtube-kubecon-eu-2026.gold.json'), 'utf8')) as {
    gold: Record<string, string | null>;
  }
).gold;
const SCHEDULE = path.join(FIXTURES, 'schedules', 'sched-kccnceu2026-all.ics');

async function catalogue() {
  const { db } = tempDb();
  const deps = { db, backup: () => {} };
  await importSource(deps, { location: SCHEDULE });
  return deps;
}

describe('importRecordings', () => {
  it('matches the videos of a YouTube playlist to their sessions with high precision and recall', async () => {
    const deps = await catalogue();
    const result = importRecordings(deps, { text: fs.readFileSync(FEED, 'utf8'), name: FEED });
    expect(result.videos).toBe(Object.keys(GOLD).length);
    const found = new Map(listSessionRecordings(deps).map((r) => [r.videoId, r.sessionKey]));
    const right = [...found].filter(([video, key]) => GOLD[video] === key).length;
    const relevant = Object.values(GOLD).filter((key) => key !== null).length;
    const precision = right / found.size;
    const recall = right / relevant;
    console.log(`recordings: precision ${precision.toFixed(3)}, recall ${recall.toFixed(3)} (${right}/${relevant})`);
    expect(precision).toBeGreaterThanOrEqual(0.98);
    expect(recall).toBeGreaterThanOrEqual(0.9);
    // Videos of no session of the event stay unmatched.
    for (const [video, key] of Object.entries(GOLD)) if (key === null) expect(found.has(video)).toBe(false);
    // Each link is the video's watch page.
    for (const r of listSessionRecordings(deps)) expect(r.url).toBe(`https://www.youtube.com/watch?v=${r.videoId}`);
  });

  it('reading the feed again adds nothing twice', async () => {
    const deps = await catalogue();
    const text = fs.readFileSync(FEED, 'utf8');
    importRecordings(deps, { text, name: FEED });
    const first = listSessionRecordings(deps);
    importRecordings(deps, { text, name: FEED });
    expect(listSessionRecordings(deps)).toEqual(first);
  });

  it('refuses a feed that is not YouTube’s, naming the file, and stores nothing', async () => {
    const deps = await catalogue();
    const other = fs.readFileSync(path.join(FIXTURES, 'feeds', 'tag-app-delivery-kubecon-na-2024.atom'), 'utf8');
    const error = thrown(() => importRecordings(deps, { text: other, name: 'tag.atom' }));
    expect(error.message).toMatch(/not a YouTube/);
    expect(error.where).toBe('tag.atom');
    expect(listSessionRecordings(deps)).toEqual([]);
  });
});

describe('missedSessions', () => {
  it('lists starred sessions that have ended, those with a recording first', async () => {
    const deps = await catalogue();
    importRecordings(deps, { text: fs.readFileSync(FEED, 'utf8'), name: FEED });
    const recorded = listSessionRecordings(deps)[0]!.sessionKey;
    const matched = new Set(listSessionRecordings(deps).map((r) => r.sessionKey));
    // An unrecorded session that ended before the recorded one, and one far in the future.
    const { listSessions } = await import('../../../../src/core/store/read-sessions');
    const sessions = listSessions(deps.db);
    const recordedSession = sessions.find((s) => s.sessionKey === recorded)!;
    const earlier = sessions.find(
      (s) => !matched.has(s.sessionKey) && s.end !== null && s.end < recordedSession.start!,
    )!;
    const last = sessions.filter((s) => s.end !== null).at(-1)!;
    setStar(deps, [recorded, earlier.sessionKey, last.sessionKey], 'going');
    const now = new Date(Date.parse(recordedSession.end!) + 60_000);
    const missed = missedSessions({ ...deps, now: () => now });
    expect(missed.map((m) => m.session.sessionKey)).toEqual([recorded, earlier.sessionKey]);
    expect(missed[0]!.recordings[0]!.url).toMatch(/^https:\/\/www\.youtube\.com\/watch\?v=/);
    expect(missed[1]!.recordings).toEqual([]);
  });
});

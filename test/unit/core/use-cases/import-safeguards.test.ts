// Re-importing must never wipe a plan: the preview leads with what happens to starred sessions, and an
// import that takes a starred session or over a quarter of its source away is refused until confirmed.
// On the real KubeCon EU 2026 Sched export, its Tuesday-morning cut (a truncated download) and edits of it.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { listBackups } from '../../../../src/core/store/backups';
import { getSession } from '../../../../src/core/store/read-sessions';
import { importSource, previewImport } from '../../../../src/core/use-cases/import-source';
import { setNote, setStar } from '../../../../src/core/use-cases/star';
import { KubeplanError } from '../../../../src/shared/errors';
import { dump } from '../../faults/fault-helpers';
import { FIXTURES, tempDb, tempDir } from '../../helpers';

const ALL = fs.readFileSync(path.join(FIXTURES, 'schedules', 'sched-kccnceu2026-all.ics'), 'utf8');
const TUESDAY = fs.readFileSync(path.join(FIXTURES, 'schedules', 'sched-kccnceu2026-tuesday-morning.ics'), 'utf8');
const MOVED = '442db1ee1ff99470352c17b8e1b82a27'; // Crossplane, 14:15Z on 24 March
const REMOVED = 'b3baba1cfb52fdb5cb4924e1a19d9e52'; // Kubernetes Network Driver Unpacked
const CANCELLED = 'e2ee17dab349b8685abb8258e9eb9205';

function block(text: string, uid: string): string {
  const start = text.lastIndexOf('BEGIN:VEVENT', text.indexOf(`UID:${uid}`));
  return text.slice(start, text.indexOf('END:VEVENT', start) + 'END:VEVENT\r\n'.length);
}

/** The export saved where the user keeps it: the same path on every download, as a subscription would be. */
function setup() {
  const { db, file } = tempDb();
  const download = path.join(tempDir(), 'all.ics');
  const save = (text: string) => fs.writeFileSync(download, text);
  return { db, file, download, save, deps: { db, now: () => new Date('2026-03-20T10:00:00Z') } };
}

async function refusal(promise: Promise<unknown>): Promise<KubeplanError> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof KubeplanError) return error;
    throw error;
  }
  throw new Error('expected the import to be refused');
}

describe('the preview leads with your sessions', () => {
  it('lists each starred session a newer export moves, renames, cancels, removes or turns into a break', async () => {
    const { download, save, deps } = setup();
    save(ALL);
    await importSource(deps, { location: download });
    // Two Maintainer Track talks: one the newer export turns into a break, one it renames.
    const breakingKey = firstTalkOtherThan(ALL, [MOVED, REMOVED, CANCELLED]);
    const renameKey = firstTalkOtherThan(ALL, [MOVED, REMOVED, CANCELLED, breakingKey]);
    setStar(deps, [MOVED, REMOVED, CANCELLED, breakingKey, renameKey], 'going');
    setNote(deps, MOVED, 'sit near the front');
    const oldTitle = getSession(deps.db, renameKey)!.title;

    const moved = block(ALL, MOVED);
    const cancelled = block(ALL, CANCELLED);
    const breaking = block(ALL, breakingKey);
    const rename = block(ALL, renameKey);
    save(
      ALL.replace(
        moved,
        moved
          .replace('DTSTART:20260324T141500Z', 'DTSTART:20260324T161500Z')
          .replace('DTEND:20260324T144500Z', 'DTEND:20260324T164500Z'),
      )
        .replace(block(ALL, REMOVED), '')
        .replace(cancelled, cancelled.replace('SEQUENCE:0', 'SEQUENCE:1\r\nSTATUS:CANCELLED'))
        .replace(breaking, breaking.replace(/CATEGORIES:[^\r]*/, 'CATEGORIES:BREAKS'))
        .replace(rename, rename.replace(/SUMMARY:[^\r]*/, 'SUMMARY:A Brand New Name')),
    );

    const preview = await previewImport(deps, { location: download });
    const effects = Object.fromEntries(preview.starred.map((s) => [s.sessionKey, s.effects.map((e) => e.effect)]));
    expect(effects[MOVED]).toEqual(['moved']);
    expect(effects[REMOVED]).toEqual(['removed']);
    expect(effects[CANCELLED]).toEqual(['cancelled']);
    expect(effects[breakingKey]).toContain('became-break');
    expect(effects[renameKey]).toEqual(['renamed']);
    expect(Object.keys(effects)).toHaveLength(5);
    // Listed under the name the user starred, what takes sessions out of the agenda first.
    expect(preview.starred.find((s) => s.sessionKey === renameKey)!.title).toBe(oldTitle);
    expect(preview.starred.slice(0, 3).map((s) => s.effects[0]!.effect)).toEqual([
      'removed',
      'cancelled',
      'became-break',
    ]);
    expect(preview.starred.find((s) => s.sessionKey === MOVED)!.effects[0]).toMatchObject({
      oldValue: '2026-03-24T15:15:00+01:00',
      newValue: '2026-03-24T17:15:00+01:00',
    });
    // Starred sessions leave the agenda: a second confirmation is needed.
    expect(preview.removals.reasons).toHaveLength(1);
    expect(preview.removals.reasons[0]).toContain('3 starred sessions out of your agenda');
  });
});

function firstTalkOtherThan(text: string, not: string[]): string {
  for (const m of text.matchAll(/CATEGORIES:MAINTAINER TRACK\r\n[\s\S]*?UID:([0-9a-f]{32})/g)) {
    if (!not.includes(m[1]!)) return m[1]!;
  }
  throw new Error('no talk found');
}

describe('an import that takes sessions away asks twice', () => {
  it('refuses a truncated export that would remove most of the schedule, writing nothing and using no backup', async () => {
    const { db, file, download, save, deps } = setup();
    save(ALL);
    const first = await importSource(deps, { location: download });
    expect(first.counts.new).toBeGreaterThan(500);
    setStar(deps, [REMOVED], 'going');
    setNote(deps, REMOVED, 'ask about DRA');
    const before = dump(db);
    const backups = listBackups(path.join(path.dirname(file), 'backups')).length;

    save(TUESDAY);
    const preview = await previewImport(deps, { location: download });
    expect(preview.removals.sourceSessions).toBe(first.counts.new);
    expect(preview.removals.removed.length).toBeGreaterThan(first.counts.new * 0.25);
    expect(preview.removals.reasons.some((r) => r.includes('more than a quarter'))).toBe(true);
    expect(preview.starred.map((s) => [s.sessionKey, s.effects[0]!.effect])).toEqual([[REMOVED, 'removed']]);

    const error = await refusal(importSource(deps, { location: download }));
    expect(error.code).toBe('needs-confirmation');
    expect(error.message).toContain('nothing was imported');
    expect(error.message).toContain('Kubernetes Network Driver Unpacked');
    expect(error.message).toContain('--allow-removals');
    expect(error.message).toContain('more than a quarter');
    expect(dump(db)).toEqual(before);
    expect(listBackups(path.join(path.dirname(file), 'backups'))).toHaveLength(backups);

    const confirmed = await importSource(deps, { location: download }, { allowRemovals: true });
    expect(confirmed.counts.removed).toBe(preview.removals.removed.length);
    expect(confirmed.starred[0]).toMatchObject({ sessionKey: REMOVED, effects: [{ effect: 'removed' }] });
    // The star and the note stay on the removed session, so it comes back when the export does.
    expect(db.prepare('SELECT status, note FROM agenda WHERE session_key = ?').get(REMOVED)).toEqual({
      status: 'going',
      note: 'ask about DRA',
    });
  });

  it('lets a re-import through without asking when it removes a few unstarred sessions', async () => {
    const { download, save, deps } = setup();
    save(ALL);
    await importSource(deps, { location: download });
    setStar(deps, [MOVED], 'going');
    save(ALL.replace(block(ALL, REMOVED), ''));
    const report = await importSource(deps, { location: download });
    expect(report.counts.removed).toBe(1);
    expect(report.removals.reasons).toEqual([]);
    expect(report.starred).toEqual([]);
  });
});

import { describe, expect, it } from 'vitest';
import { applyImport } from '../../../../src/core/store/apply-import';
import { readImportChanges } from '../../../../src/core/store/read-changes';
import { listSessions } from '../../../../src/core/store/read-sessions';
import { record, tempDb } from '../../helpers';
import { importReal, readSchedule } from './schedule-helpers';

const ICS = 'sched-kccnceu2026-all.ics';
const MOVED = '442db1ee1ff99470352c17b8e1b82a27'; // Crossplane, 14:15Z on 24 March
const REMOVED = 'b3baba1cfb52fdb5cb4924e1a19d9e52'; // Kubernetes Network Driver Unpacked
const CANCELLED = 'e2ee17dab349b8685abb8258e9eb9205';

/** The VEVENT block whose UID is `uid`. */
function block(text: string, uid: string): string {
  const start = text.lastIndexOf('BEGIN:VEVENT', text.indexOf(`UID:${uid}`));
  const end = text.indexOf('END:VEVENT', start) + 'END:VEVENT\r\n'.length;
  return text.slice(start, end);
}

describe('re-importing a newer export', () => {
  it('records exactly the moved, removed, renamed and cancelled sessions, and keeps stars and notes', () => {
    const { db } = tempDb();
    const original = readSchedule(ICS);
    importReal(db, ICS);
    const star = db.prepare("INSERT INTO agenda (session_key, status, note, updated_at) VALUES (?, 'going', ?, 'now')");
    star.run(MOVED, 'sit near the front');
    star.run(REMOVED, 'ask about DRA');
    const renamedBefore = listSessions(db).find(
      (s) =>
        s.title === 'Real-World Supply-Chain Security - Alex Leong, Buoyant' ||
        s.title === 'Real-World Supply-Chain Security',
    )!;

    const moved = block(original, MOVED);
    const renamed = block(original, renamedBefore.sessionKey);
    const cancelled = block(original, CANCELLED);
    expect(original.includes(block(original, REMOVED))).toBe(true);
    const edited = original
      .replace(
        moved,
        moved
          .replace('DTSTART:20260324T141500Z', 'DTSTART:20260324T161500Z')
          .replace('DTEND:20260324T144500Z', 'DTEND:20260324T164500Z'),
      )
      .replace(block(original, REMOVED), '')
      .replace(
        renamed,
        renamed.replace(
          'SUMMARY:Real-World Supply-Chain Security',
          'SUMMARY:Real-World Software Supply-Chain Security',
        ),
      )
      .replace(cancelled, cancelled.replace('SEQUENCE:0', 'SEQUENCE:1\r\nSTATUS:CANCELLED'));
    expect(edited).not.toBe(original);

    const { summary } = importReal(db, ICS, edited, { location: '/tmp/downloads/all (1).ics' });
    expect(summary.counts).toEqual({ new: 0, changed: 2, removed: 2, unchanged: 592, skipped: 0 });

    const changes = readImportChanges(db)!;
    const byId = new Map(changes.entries.map((e) => [e.sessionKey, e.changes.map((c) => c.change)]));
    expect(Object.fromEntries(byId)).toEqual({
      [MOVED]: ['time'],
      [REMOVED]: ['removed'],
      [renamedBefore.sessionKey]: ['title'],
      [CANCELLED]: ['cancelled'],
    });
    // Starred sessions lead the Changes view.
    expect(
      changes.entries
        .slice(0, 2)
        .map((e) => e.sessionKey)
        .sort(),
    ).toEqual([MOVED, REMOVED].sort());
    expect(changes.entries.find((e) => e.sessionKey === MOVED)!.changes[0]).toMatchObject({
      oldValue: '2026-03-24T15:15:00+01:00',
      newValue: '2026-03-24T17:15:00+01:00',
    });

    const all = listSessions(db, { includeRemoved: true, includeNonSessions: true });
    const movedNow = all.find((s) => s.sessionKey === MOVED)!;
    expect(movedNow).toMatchObject({
      agenda: 'going',
      note: 'sit near the front',
      start: '2026-03-24T17:15:00+01:00',
      changes: ['time'],
    });
    expect(all.find((s) => s.sessionKey === REMOVED)).toMatchObject({
      status: 'removed',
      agenda: 'going',
      note: 'ask about DRA',
    });
    expect(all.find((s) => s.sessionKey === renamedBefore.sessionKey)!.title).toBe(
      'Real-World Software Supply-Chain Security',
    );

    // The original export again restores everything, and the stars are still there.
    const back = importReal(db, ICS);
    // Sessions back from removal count as new again; the moved and renamed ones change back.
    expect(back.summary.counts).toMatchObject({ new: 2, changed: 2, removed: 0 });
    expect(listSessions(db).find((s) => s.sessionKey === REMOVED)).toMatchObject({ status: 'active', agenda: 'going' });
  });

  it('merges a feed post and a schedule entry of the same talk: abstract from the feed, time and room from the schedule', () => {
    const { db } = tempDb();
    applyImport(db, {
      source: { kind: 'feed', location: 'https://blog.example/feed.xml', title: 'Blog' },
      sessions: [
        record({
          sessionKey: MOVED,
          url: `https://kccnceu2026.sched.com/event/${MOVED}/crossplane`,
          title: 'Crossplane - The Cloud Native Framework for Platform Engineering',
          event: 'KubeCon + CloudNativeCon Europe 2026',
          abstract: 'From the blog',
          start: '2026-03-24T09:00:00Z',
          room: 'Somewhere',
        }),
      ],
    });
    const { summary } = importReal(db, ICS);
    expect(summary.counts.new).toBe(595);
    expect(summary.counts.changed).toBe(1);
    const merged = listSessions(db).find((s) => s.sessionKey === MOVED)!;
    expect(merged).toMatchObject({
      start: '2026-03-24T15:15:00+01:00',
      timeZone: 'Europe/Amsterdam',
      room: 'Amtrium 1+2',
    });
    expect(merged.abstract).toMatch(/^The maintainers of the CNCF Crossplane/);
  });
});

describe('matching a blog post to the schedule by title', () => {
  it('merges a speakerless feed session (short sched link) with the Sched export entry of the same title', () => {
    const { db } = tempDb();
    applyImport(db, {
      source: { kind: 'feed', location: 'https://blog.example/feed.xml', title: 'Blog' },
      sessions: [
        record({
          sessionKey: 'AbC12',
          url: 'https://kccnceu2026.sched.com/event/AbC12/operators-in-action',
          title: 'Operators in Action: Making Kubernetes Work for You',
          event: 'KubeCon + CloudNativeCon Europe 2026',
          abstract: 'Our maintainer explains operators.',
        }),
        record({ sessionKey: 'Zz999', title: 'Coffee Break ☕', event: 'KubeCon + CloudNativeCon Europe 2026' }),
      ],
    });
    importReal(db, ICS);
    const all = listSessions(db, { includeNonSessions: true });
    const merged = all.filter((s) => s.title === 'Operators in Action: Making Kubernetes Work for You');
    expect(merged).toHaveLength(1);
    // The feed's id and link stay; the schedule's time, room, speakers (and its own abstract) win.
    expect(merged[0]).toMatchObject({ sessionKey: 'AbC12', room: 'Elicium 2' });
    expect(merged[0]!.abstract).toMatch(/^When our team needed to automate/);
    expect(merged[0]!.speakers).toEqual([{ name: 'Verena Traub', affiliation: "b'nerd GmbH" }]);
    expect(merged[0]!.start).not.toBeNull();
    // An ambiguous title (several coffee breaks) is never guessed.
    expect(all.find((s) => s.sessionKey === 'Zz999')!.start).toBeNull();
  });
});

// Issue 13: our own whole-event .ics export imports back with its speakers, titles and kinds, and
// importing it into the database it came from changes nothing.
import { describe, expect, it } from 'vitest';
import { importSchedule } from '../../../../src/core/importers/import-schedule';
import { listSessions } from '../../../../src/core/store/read-sessions';
import { exportSessions } from '../../../../src/core/use-cases/export-sessions';
import type { SessionView } from '../../../../src/shared/types';
import { tempDb } from '../../helpers';
import { importReal } from '../importers/schedule-helpers';

const EVENT = 'KubeCon + CloudNativeCon Europe 2026';
const comparable = (s: SessionView) => ({
  sessionKey: s.sessionKey,
  title: s.title,
  kind: s.kind,
  event: s.event,
  track: s.track,
  start: s.start,
  end: s.end,
  room: s.room,
  speakers: s.speakers,
  abstract: s.abstract,
  url: s.url,
});

describe('our own .ics export, imported back', () => {
  it('the whole Sched event: every exported session comes back field for field, speakers and titles intact', () => {
    const { db } = tempDb();
    importReal(db, 'sched-kccnceu2026-all.ics');
    const { text, eventCount } = exportSessions({ db }, { kind: 'event', event: EVENT });
    const exported = new Map(listSessions(db).map((s) => [s.sessionKey, comparable(s)]));
    expect(eventCount).toBe(exported.size);
    const withSpeakers = [...exported.values()].filter((s) => s.speakers.length > 0).length;
    expect(withSpeakers).toBeGreaterThan(400);

    const fresh = tempDb().db;
    const { summary } = importSchedule(fresh, text, { file: 'kubecon.ics', location: '/x/kubecon.ics' });
    expect(summary.problems).toEqual([]);
    const back = listSessions(fresh, { includeNonSessions: true });
    expect(back).toHaveLength(exported.size);
    for (const session of back) expect(comparable(session), session.title).toEqual(exported.get(session.sessionKey));
  });

  it('imported into the database it came from, it changes nothing', () => {
    const { db } = tempDb();
    importReal(db, 'sched-kccnceu2026-all.ics');
    const { text } = exportSessions({ db }, { kind: 'event', event: EVENT });
    const { summary } = importSchedule(db, text, { file: 'kubecon.ics', location: '/x/kubecon.ics' });
    expect(summary.counts).toMatchObject({ new: 0, changed: 0, removed: 0 });
  });
});

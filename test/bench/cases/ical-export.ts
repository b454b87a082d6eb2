// Exporting sessions as .ics (596 real Sched sessions, and 10k generated), against ical.js building the
// same VEVENTs (the same properties, stringified, unfolded text not refolded): the export writes its
// events directly and must not be slower than that.
import ICAL from 'ical.js';
import { buildAgendaPlan } from '../../../src/core/agenda/build-plan';
import { spanOf } from '../../../src/core/agenda/session-times';
import { describeSession, exportCalendar } from '../../../src/core/ical/export-calendar';
import { sessionUid } from '../../../src/core/ical/session-uid';
import type { SessionView } from '../../../src/shared/types';
import { schedRecords } from '../../support/sched-records';
import { generateCatalogue, vocabulary } from '../generate-catalogue';
import { measureInterleaved, report, type BenchCase } from '../harness';
import path from 'node:path';

const FILE = path.resolve(import.meta.dirname, '../../fixtures/schedules/sched-kccnceu2026-all.ics');

/** The same events built with ical.js: what the export did before it wrote its text directly. */
function icalJsEvents(sessions: SessionView[], now: Date): string {
  const calendar = new ICAL.Component(['vcalendar', [], []]);
  calendar.addPropertyWithValue('prodid', '-//bench//EN');
  calendar.addPropertyWithValue('version', '2.0');
  const stamp = ICAL.Time.fromJSDate(now, true);
  for (const session of sessions) {
    const event = new ICAL.Component('vevent');
    event.addPropertyWithValue('uid', sessionUid(session.sessionKey));
    event.addPropertyWithValue('dtstamp', stamp);
    const span = spanOf(session);
    if (span) {
      event.addPropertyWithValue('dtstart', ICAL.Time.fromJSDate(new Date(span.start), true));
      event.addPropertyWithValue('dtend', ICAL.Time.fromJSDate(new Date(span.end), true));
    }
    event.addPropertyWithValue('sequence', 0);
    event.addPropertyWithValue('summary', session.title);
    const description = describeSession(session, true);
    if (description) event.addPropertyWithValue('description', description);
    if (session.room) event.addPropertyWithValue('location', session.room);
    if (session.url) event.addPropertyWithValue('url', session.url);
    if (session.track) event.addPropertyWithValue('categories', session.track);
    calendar.addSubcomponent(event);
  }
  return calendar.toString();
}

function views(records: Omit<SessionView, 'status' | 'agenda' | 'note' | 'changes'>[]): SessionView[] {
  return records.map((record, i) => ({
    ...record,
    date: record.date ?? record.start?.slice(0, 10) ?? null,
    status: 'active',
    agenda: i % 3 === 0 ? 'going' : i % 3 === 1 ? 'maybe' : null,
    note: null,
    changes: [],
  }));
}

function compare(label: string, sessions: SessionView[], runs: number): void {
  const now = new Date();
  const options = { now, calendarName: 'bench', suggestedName: 'bench.ics', personal: true };
  const timed = sessions.filter((s) => s.date !== null);
  const [baseline, exported] = measureInterleaved(
    [
      { name: `ical.js building the same VEVENTs (${label})`, fn: () => void icalJsEvents(timed, now) },
      { name: `exportCalendar(${label})`, fn: () => void exportCalendar(sessions, options) },
    ],
    runs,
  );
  report(exported!, baseline!, `${exportCalendar(sessions, options).eventCount} events; goal ≤ 1x`);
}

export const icalExport: BenchCase = {
  title: 'Export sessions as .ics; build a full agenda plan',
  run() {
    const sched = views(schedRecords(FILE));
    compare('596 Sched sessions', sched, 20);
    compare('10k generated', generateCatalogue(vocabulary(), 10_000), 5);
    const [plan] = measureInterleaved(
      [{ name: 'buildAgendaPlan(596 sessions, 2/3 starred)', fn: () => void buildAgendaPlan(sched) }],
      20,
    );
    const [ics] = measureInterleaved(
      [
        {
          name: 'exportCalendar(596)',
          fn: () =>
            void exportCalendar(sched, { now: new Date(), calendarName: 'b', suggestedName: 'b.ics', personal: true }),
        },
      ],
      20,
    );
    report(plan!, ics!, `${buildAgendaPlan(sched).conflictCount} conflicts`);
  },
};

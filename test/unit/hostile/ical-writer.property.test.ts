// Property: the iCal writer turns any sessions into a calendar ical.js reads back as the same sessions, and an
// exported agenda imported elsewhere gives the same stars and notes back.
import fc from 'fast-check';
import ICAL from 'ical.js';
import { afterEach, describe, expect, it } from 'vitest';
import { listEntries, setNote, setStar } from '../../../src/core/store/agenda';
import { exportCalendar } from '../../../src/core/ical/export-calendar';
import { exportSessions } from '../../../src/core/use-cases/export-sessions';
import { icsText } from '../../../src/core/ical/ics-text';
import { importAgenda } from '../../../src/core/use-cases/import-agenda';
import { keyFromUid } from '../../../src/core/ical/session-uid';
import { applyImport } from '../../../src/core/store/apply-import';
import { dayInZone } from '../../../src/core/time/zoned';
import type { SessionView } from '../../../src/shared/types';
import { record, tempDb } from '../helpers';
import { nastyText } from './property-arbitraries';

export const WRITER_RUNS = 100;
export const AGENDA_RUNS = 60;

const registered: string[] = [];
afterEach(() => {
  for (const tzid of registered.splice(0)) ICAL.TimezoneService.remove(tzid);
});

const ZONES = ['Europe/Paris', 'America/Chicago', 'Asia/Kolkata', 'Australia/Lord_Howe', 'UTC', null] as const;
// 1990–2060, minute precision: what schedules carry.
const instant = fc.integer({ min: 631_152_000, max: 2_840_140_800 }).map((s) => Math.floor(s / 60) * 60_000);
const text = nastyText.filter((t) => t.trim() !== '');
const maybeText = fc.option(text, { nil: null });

const session: fc.Arbitrary<SessionView> = fc
  .record({
    id: fc.stringMatching(/^[A-Za-z0-9:._-]{1,12}$/),
    title: text,
    start: instant,
    minutes: fc.option(fc.integer({ min: 0, max: 600 }), { nil: null }),
    allDay: fc.boolean(),
    zone: fc.constantFrom(...ZONES),
    room: maybeText,
    track: maybeText,
    abstract: maybeText,
    url: fc.option(fc.webUrl(), { nil: null }),
    speakers: fc.array(fc.record({ name: text, affiliation: maybeText }), { maxLength: 3 }),
  })
  .map((r) => {
    const start = r.allDay ? null : new Date(r.start).toISOString();
    const end = r.allDay || r.minutes === null ? null : new Date(r.start + r.minutes * 60_000).toISOString();
    return {
      ...record({ sessionKey: r.id }),
      title: r.title,
      url: r.url,
      track: r.track,
      start,
      end,
      date: dayInZone(new Date(r.start).toISOString(), r.zone),
      timeZone: r.zone,
      room: r.room,
      speakers: r.speakers,
      abstract: r.abstract,
      status: 'active' as const,
      agenda: null,
      note: null,
      changes: [],
    };
  });

function readBack(textIcs: string) {
  const calendar = new ICAL.Component(ICAL.parse(textIcs) as unknown[]);
  for (const vtimezone of calendar.getAllSubcomponents('vtimezone')) {
    const tzid = vtimezone.getFirstPropertyValue('tzid') as string;
    ICAL.TimezoneService.register(new ICAL.Timezone(vtimezone), tzid);
    registered.push(tzid);
  }
  return calendar.getAllSubcomponents('vevent').map((v) => new ICAL.Event(v));
}

describe('iCal writer under random sessions', () => {
  it('export → ical.js parse gives the same sessions back', { timeout: 60_000 }, () => {
    fc.assert(
      fc.property(fc.uniqueArray(session, { selector: (s) => s.sessionKey, maxLength: 8 }), (sessions) => {
        const { text: ics } = exportCalendar(sessions, {
          now: new Date('2026-01-01T00:00:00Z'),
          calendarName: 'x',
          suggestedName: 'x.ics',
        });
        // RFC 5545: CRLF line ends only; a bare CR or LF inside a value would let text forge properties.
        expect(ics.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
        const events = readBack(ics);
        expect(events).toHaveLength(sessions.length);
        events.forEach((event, i) => {
          const s = sessions[i]!;
          expect(keyFromUid(event.uid)).toBe(s.sessionKey);
          expect(event.summary).toBe(icsText(s.title));
          expect(event.location ?? null).toBe(s.room === null ? null : icsText(s.room));
          expect(event.component.getFirstPropertyValue('url') ?? null).toBe(s.url);
          expect(event.component.getFirstPropertyValue('categories') ?? null).toBe(
            s.track === null ? null : icsText(s.track),
          );
          if (s.abstract) expect(event.description).toContain(icsText(s.abstract));
          if (s.start) {
            expect(event.startDate.toJSDate().toISOString()).toBe(s.start);
            if (s.end && s.end > s.start) expect(event.endDate.toJSDate().toISOString()).toBe(s.end);
          } else {
            expect(event.startDate.isDate).toBe(true);
            expect(event.startDate.toString()).toBe(s.date);
          }
        });
        for (const tzid of registered.splice(0)) ICAL.TimezoneService.remove(tzid);
      }),
      { numRuns: WRITER_RUNS, seed: 7 },
    );
  });

  it('export → agenda .ics import of random agendas gives the same stars and notes back', { timeout: 60_000 }, () => {
    const sessions = fc.sample(
      fc.uniqueArray(session, { selector: (s) => s.sessionKey, minLength: 12, maxLength: 12 }),
      {
        numRuns: 1,
        seed: 7,
      },
    )[0]!;
    const batch = { source: { kind: 'schedule' as const, location: 'file:random.ics', title: 'random' }, sessions };
    const home = tempDb().db;
    const laptop = tempDb().db;
    applyImport(home, batch);
    applyImport(laptop, batch);
    const ids = sessions.map((s) => s.sessionKey);
    const agenda = fc.dictionary(
      fc.constantFrom(...ids),
      fc.record({ status: fc.constantFrom('going' as const, 'maybe' as const), note: fc.option(text, { nil: null }) }),
      { minKeys: 1 },
    );
    fc.assert(
      fc.property(agenda, (stars) => {
        for (const db of [home, laptop]) db.prepare('DELETE FROM agenda').run();
        for (const [id, { status, note }] of Object.entries(stars)) {
          setStar(home, id, status);
          if (note) setNote(home, id, note);
        }
        const { text: ics } = exportSessions({ db: home }, { kind: 'agenda', includeMaybe: true });
        importAgenda({ db: laptop }, { text: ics, name: 'agenda.ics', mode: 'all-or-nothing' });
        const view = (db: typeof home) =>
          listEntries(db).map(({ sessionKey, status, note }) => ({ sessionKey, status, note }));
        // Notes come back as iCal can carry them: line breaks as \n, no control characters.
        const expected = view(home).map((e) => ({ ...e, note: e.note === null ? null : icsText(e.note) || null }));
        expect(view(laptop)).toEqual(expected);
      }),
      { numRuns: AGENDA_RUNS, seed: 7 },
    );
  });
});

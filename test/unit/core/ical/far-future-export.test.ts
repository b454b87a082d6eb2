// Issue 13: one session in year 9999 must not make the export write thousands of years of time-zone
// rules: each VTIMEZONE covers only the years the exported sessions span.
import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { importSchedule } from '../../../../src/core/importers/import-schedule';
import { exportSessions } from '../../../../src/core/use-cases/export-sessions';
import { tempDb } from '../../helpers';

const CSV = [
  'Title,Date,Start,End,Room,Event',
  'Opening,2026-03-24,09:00,09:30,Hall,Far Con',
  'Closing,2026-03-26,17:00,17:30,Hall,Far Con',
  'Time capsule,9999-06-01,10:00,11:00,Hall,Far Con',
].join('\n');

describe('exporting a session in year 9999', () => {
  it('writes the 2026 and 9999 rules only, and every time still reads back right', () => {
    const { db } = tempDb();
    importSchedule(db, CSV, { file: 'far.csv', location: '/tmp/far.csv', timeZone: 'Europe/Amsterdam' });
    const { text, eventCount } = exportSessions({ db }, { kind: 'event', event: 'Far Con' });
    expect(eventCount).toBe(3);
    const calendar = new ICAL.Component(ICAL.parse(text));
    const [vtimezone, ...others] = calendar.getAllSubcomponents('vtimezone');
    expect(others).toEqual([]);
    const years = vtimezone!.getAllSubcomponents().map((c) => String(c.getFirstPropertyValue('dtstart')).slice(0, 4));
    // The change in force at each window's start (October 2025, March 9999) and none in between.
    expect(years).toEqual(['2025', '9999']);
    ICAL.TimezoneService.register(new ICAL.Timezone(vtimezone!), 'Test/Amsterdam');
    try {
      const starts = calendar.getAllSubcomponents('vevent').map((event) => {
        const start = event.getFirstPropertyValue('dtstart') as ICAL.Time;
        start.zone = ICAL.TimezoneService.get('Test/Amsterdam')!;
        return start.toJSDate().toISOString();
      });
      expect(starts.sort()).toEqual([
        '2026-03-24T08:00:00.000Z',
        '2026-03-26T16:00:00.000Z',
        '9999-06-01T08:00:00.000Z',
      ]);
    } finally {
      ICAL.TimezoneService.remove('Test/Amsterdam');
    }
  });
});

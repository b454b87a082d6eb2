// Issue 13: dates read as written. Year 0001 stays 0001; 24:30 and impossible times are problems with
// file and line; times inside a daylight-saving change follow RFC 5545 (a gap moves forward by the
// gap, an overlap is the first occurrence) in every zone, with a warning in the preview.
import { describe, expect, it } from 'vitest';
import { importSchedule, previewSchedule } from '../../../../src/core/importers/import-schedule';
import { listSessions } from '../../../../src/core/store/read-sessions';
import { parseSchedule } from '../../../../src/core/importers/parse-schedule';
import { tempDb } from '../../helpers';

const csv = (rows: string[]) => ['Title,Date,Start,End,Room', ...rows].join('\n') + '\n';
const opts = (file: string, timeZone?: string) => ({
  file,
  location: `/tmp/${file}`,
  ...(timeZone ? { timeZone } : {}),
});

/** A calendar in the shape of a pretalx export: each time local with its TZID. */
function ics(zone: string, events: [string, string, string][]): string {
  const body = events.flatMap(([title, start, end], i) => [
    'BEGIN:VEVENT',
    `UID:talk-${i}@example.org`,
    'DTSTAMP:20260101T000000Z',
    `DTSTART;TZID=${zone}:${start}`,
    `DTEND;TZID=${zone}:${end}`,
    `SUMMARY:${title}`,
    'END:VEVENT',
  ]);
  return ['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//pretalx//example//EN', ...body, 'END:VCALENDAR', ''].join(
    '\r\n',
  );
}

describe('years and hours out of the ordinary', () => {
  it('year 0001 is stored as 0001, never 1901', () => {
    const fromCsv = parseSchedule(csv(['Founding,0001-01-01,10:00,11:00,Hall']), opts('old.csv', 'UTC'));
    expect(fromCsv.batch.sessions[0]!.start).toBe('0001-01-01T10:00:00Z');
    const fromIcs = parseSchedule(
      ics('Europe/Amsterdam', [['Founding', '00010101T100000', '00010101T110000']]),
      opts('old.ics'),
    );
    expect(fromIcs.problems).toEqual([]);
    expect(fromIcs.batch.sessions[0]!.start!.slice(0, 13)).toBe('0001-01-01T10');
    expect(fromIcs.batch.sessions[0]!.date).toBe('0001-01-01');
    const { db } = tempDb();
    importSchedule(db, csv(['Founding,0001-01-01,10:00,11:00,Hall']), opts('old.csv', 'Europe/Amsterdam'));
    expect(listSessions(db).map((s) => [s.date, s.start!.slice(0, 16)])).toEqual([['0001-01-01', '0001-01-01T10:00']]);
  });

  it('24:30 and impossible times are problems naming the file and line, not the next day', () => {
    const parsed = parseSchedule(
      csv([
        'Late,2026-03-24,24:30,25:00,Hall',
        'Fine,2026-03-24,09:00,09:30,Hall',
        'Never,2026-02-30,10:00,11:00,Hall',
      ]),
      opts('late.csv', 'Europe/Amsterdam'),
    );
    expect(parsed.batch.sessions.map((s) => s.title)).toEqual(['Fine']);
    expect(parsed.problems).toEqual([
      { where: 'late.csv:2 Start', message: 'cannot read start time "24:30"' },
      { where: 'late.csv:4 Start', message: 'cannot read start time "10:00"' },
    ]);
    // 24:00 is the end of the day, as ISO 8601 has it.
    const midnight = parseSchedule(csv(['Party,2026-03-24,23:00,24:00,Hall']), opts('party.csv', 'UTC'));
    expect(midnight.batch.sessions[0]!.end).toBe('2026-03-25T00:00:00Z');
  });
});

describe('daylight-saving changes, the same rule in every zone', () => {
  const cases = [
    // [zone, wall clock inside the change, what RFC 5545 makes of it]
    ['Europe/Amsterdam', '2026-03-29 02:30', '2026-03-29T03:30:00+02:00', 'gap'],
    ['America/New_York', '2026-03-08 02:30', '2026-03-08T03:30:00-04:00', 'gap'],
    ['Australia/Lord_Howe', '2026-10-04 02:15', '2026-10-04T02:45:00+11:00', 'gap'],
    ['Europe/Amsterdam', '2026-10-25 02:30', '2026-10-25T02:30:00+02:00', 'overlap'],
    ['America/New_York', '2026-11-01 01:30', '2026-11-01T01:30:00-04:00', 'overlap'],
    ['Australia/Sydney', '2026-04-05 02:30', '2026-04-05T02:30:00+11:00', 'overlap'],
  ] as const;

  it.each(cases)('%s %s → %s (%s), with a warning in the preview', (zone, wall, expected, kind) => {
    const [date, time] = wall.split(' ') as [string, string];
    const { summary, parsed } = previewSchedule(
      tempDb().db,
      csv([`Hello,${date},${time},,Hall`, 'Other,2026-06-01,10:00,11:00,Hall']),
      opts('dst.csv', zone),
    );
    expect(parsed.batch.sessions[0]!.start).toBe(expected);
    expect(summary.problems).toEqual([]);
    expect(summary.warnings).toHaveLength(1);
    expect(summary.warnings![0]!.where).toBe('dst.csv:2 Start');
    expect(summary.warnings![0]!.message).toMatch(
      kind === 'gap' ? /does not exist in .* read as/ : /happens twice .* the first/,
    );
  });

  it('reads an .ics time in a gap the same way, and names its line', () => {
    const parsed = parseSchedule(
      ics('America/New_York', [['Early', '20260308T023000', '20260308T033000']]),
      opts('nyc.ics'),
    );
    expect(parsed.batch.sessions[0]!.start).toBe('2026-03-08T03:30:00-04:00');
    expect(parsed.warnings).toEqual([
      { where: 'nyc.ics:4 DTSTART', message: expect.stringMatching(/does not exist in America\/New_York/) },
    ]);
  });
});

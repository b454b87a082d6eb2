// The CSV importer reads what spreadsheets (and kubeplan's own CSV export) write: formula-neutralized
// cells, a time zone column, TBA times with and without a day, companies that contain `|`, one track per cell.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseSchedule } from '../../../../src/core/importers/parse-schedule';
import { neutralizeCell, restoreCell } from '../../../../src/core/text/formula-cells';

const csv = (lines: string[]) => lines.join('\r\n');
const read = (text: string, extra = {}) =>
  parseSchedule(text, { file: 'talks.csv', location: '/tmp/talks.csv', format: 'csv', ...extra });

describe('formula cells', () => {
  it('neutralizes every cell a spreadsheet would run, and restoring gives back exactly what was written', () => {
    expect(neutralizeCell('=HYPERLINK("http://x.example","y")')).toBe('\'=HYPERLINK("http://x.example","y")');
    expect(['+1', '-5', '@SUM(A1)', '\t=1', '\r=1'].map(neutralizeCell)).toEqual([
      "'+1",
      "'-5",
      "'@SUM(A1)",
      "'\t=1",
      "'\r=1",
    ]);
    expect(neutralizeCell("'=1")).toBe("''=1");
    expect(neutralizeCell("it's")).toBe("it's");
    expect(neutralizeCell("'quoted'")).toBe("'quoted'");
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string({ unit: 'grapheme', maxLength: 12 }),
          fc
            .tuple(
              fc.constantFrom("'", "''", ''),
              fc.constantFrom('=', '+', '-', '@', '\t', '\r', 'a', ' '),
              fc.string(),
            )
            .map((parts) => parts.join('')),
        ),
        (value) => {
          const written = neutralizeCell(value);
          expect(restoreCell(written)).toBe(value);
          expect(written).not.toMatch(/^[=+\-@\t\r]/);
        },
      ),
      { numRuns: 500, seed: 17 },
    );
  });

  it('imports neutralized cells as they were before neutralizing', () => {
    const parsed = read(
      csv([
        'Title,Start,Speakers,Description',
        `"'=HYPERLINK(""http://evil.example"",""x"")",2026-03-24 09:00,'@maya,"'- first point`,
        '- second point"',
        "'quoted title,2026-03-24 10:00,,",
      ]),
      { timeZone: 'Europe/Amsterdam' },
    );
    expect(parsed.problems).toEqual([]);
    expect(parsed.batch.sessions.map((s) => [s.title, s.speakers[0]?.name ?? null, s.abstract])).toEqual([
      ['=HYPERLINK("http://evil.example","x")', '@maya', '- first point\n- second point'],
      ["'quoted title", null, null],
    ]);
  });
});

describe('CSV columns for a lossless round trip', () => {
  it('reads wall-clock times in each row’s time zone column, with no --tz; --tz still wins', () => {
    const file = csv([
      'Title,Start,End,Time Zone',
      'Amsterdam talk,2026-03-24 09:00,2026-03-24 09:30,Europe/Amsterdam',
      'Atlanta talk,2026-11-10 09:00,2026-11-10 09:30,America/New_York',
    ]);
    const parsed = read(file);
    expect(parsed.problems).toEqual([]);
    expect(parsed.timeZone).toBeNull();
    expect(parsed.batch.sessions.map((s) => [s.start, s.end, s.timeZone])).toEqual([
      ['2026-03-24T09:00:00+01:00', '2026-03-24T09:30:00+01:00', 'Europe/Amsterdam'],
      ['2026-11-10T09:00:00-05:00', '2026-11-10T09:30:00-05:00', 'America/New_York'],
    ]);
    expect(read(file, { timeZone: 'UTC' }).batch.sessions[1]!.start).toBe('2026-11-10T09:00:00Z');
    const unknown = read(csv(['Title,Start,Time Zone', 'Talk,2026-03-24 09:00,Mars/Olympus']));
    expect(unknown.problems.map((p) => p.where)).toEqual(['talks.csv:2 Time Zone', 'talks.csv time zone']);
  });

  it('keeps "2026-03-25 TBA" on its day and a bare "TBA" unscheduled, with every other column', () => {
    const parsed = read(
      csv([
        'Title,Start,Room,Track,Type,URL,Event',
        'Hallway track,2026-03-25 TBA,Hall 1,Community,workshop,https://example.org/h,Rejekts 2026',
        'Someday,TBA,,,,,Rejekts 2026',
      ]),
      { timeZone: 'Europe/Amsterdam' },
    );
    expect(parsed.problems).toEqual([]);
    expect(parsed.batch.sessions).toMatchObject([
      {
        title: 'Hallway track',
        date: '2026-03-25',
        start: null,
        room: 'Hall 1',
        track: 'Community',
        kind: 'workshop',
        url: 'https://example.org/h',
        event: 'Rejekts 2026',
      },
      { title: 'Someday', date: null, start: null, event: 'Rejekts 2026' },
    ]);
  });

  it('lines companies up with speakers; a "|" splits them only where that makes the counts agree', () => {
    const parsed = read(
      csv([
        'Title,Start,Speakers,Companies',
        'One,2026-03-24 09:00,Ann Lee,Chronosphere | A Palo Alto Networks Company',
        'Two,2026-03-24 10:00,"Ann Lee, Bo Chen",Chronosphere | A Palo Alto Networks Company; ',
        'Three,2026-03-24 11:00,"Ann Lee, Bo Chen",Acme | Initech',
        'Four,2026-03-24 12:00,"Ann Lee, Bo Chen",Acme',
      ]),
      { timeZone: 'UTC' },
    );
    expect(parsed.batch.sessions.map((s) => s.speakers.map((p) => p.affiliation))).toEqual([
      ['Chronosphere | A Palo Alto Networks Company'],
      ['Chronosphere | A Palo Alto Networks Company', null],
      ['Acme', 'Initech'],
      ['Acme', 'Acme'],
    ]);
  });

  it('keeps a track name with a comma whole; only Sched’s event_type column lists several tracks', () => {
    const plain = read(csv(['Title,Start,Track', 'Talk,2026-03-24 09:00,"Ops; Night, Shift"']), { timeZone: 'UTC' });
    expect(plain.batch.sessions[0]!.track).toBe('Ops; Night, Shift');
    const sched = read(csv(['name,event_start,event_type', 'Talk,2019-05-05 00:00:00,"Gaming, After Dark"']), {
      timeZone: 'America/Detroit',
    });
    expect(sched.batch.sessions[0]!.track).toBe('Gaming');
  });
});

// Hostile schedule files (CSV and iCal, stored and generated) through `kubeplan import`, `export` and the importers.
import path from 'node:path';
import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { parseSchedule } from '../../../src/core/importers/parse-schedule';
import { HOSTILE, cli, dumpDb, seededDb, writeTemp } from './hostile-helpers';

const LIMIT = 20_000;
const CSV = path.join(HOSTILE, 'formula-injection.csv');
const ICS = path.join(HOSTILE, 'broken-dates.ics');
const FORMULA = '=HYPERLINK("http://evil.example","click")';

interface Summary {
  counts: { new: number; skipped: number };
  problems: { where: string; message: string }[];
}

/** Runs an import that must fail: exit 1, the message names `where`, and the database is unchanged. */
async function expectRefused(file: string, extra: string[], where: RegExp, reason: RegExp): Promise<void> {
  const db = await seededDb();
  const before = dumpDb(db);
  const run = await cli(['import', file, ...extra, '--db', db]);
  expect(run.code).toBe(1);
  expect(run.stderr).toMatch(where);
  expect(run.stderr).toMatch(reason);
  expect(dumpDb(db)).toBe(before);
}

async function dryRun(file: string, extra: string[] = []): Promise<Summary> {
  const db = await seededDb();
  const before = dumpDb(db);
  const run = await cli(['import', file, '--dry-run', '--json', ...extra, '--db', db]);
  expect(run.stderr).toBe('');
  expect(dumpDb(db)).toBe(before);
  return JSON.parse(run.stdout) as Summary;
}

function icsEvents(text: string) {
  return new ICAL.Component(ICAL.parse(text) as unknown[]).getAllSubcomponents('vevent').map((e) => new ICAL.Event(e));
}

describe('hostile CSV', () => {
  it(
    'formula-injection.csv without a zone: refused, naming the file, nothing stored changes',
    { timeout: LIMIT },
    async () => {
      await expectRefused(CSV, [], /formula-injection\.csv time zone/, /carry no time zone/);
    },
  );

  it(
    'formula-injection.csv: 2024-02-30 and 0000-00-00 are named by line; a CRLF/LF mix parses',
    { timeout: LIMIT },
    async () => {
      const summary = await dryRun(CSV, ['--tz', 'Europe/Paris']);
      expect(summary.counts).toMatchObject({ new: 2, skipped: 2 });
      expect(summary.problems.map((p) => p.message)).toEqual([
        'cannot read start time "2024-02-30 09:00"',
        'cannot read start time "0000-00-00 00:00"',
      ]);
      expect(summary.problems[0]!.where).toMatch(/formula-injection\.csv:5 Start Time$/);
      expect(summary.problems[1]!.where).toMatch(/formula-injection\.csv:6 Start Time$/);
      await expectRefused(
        CSV,
        ['--tz', 'Europe/Paris'],
        /formula-injection\.csv:5 Start Time/,
        /2024-02-30.*nothing was imported/,
      );
    },
  );

  it(
    'formula cells are stored as plain text and exported to .ics as text, not formulas',
    { timeout: LIMIT },
    async () => {
      const db = await seededDb();
      expect((await cli(['import', CSV, '--tz', 'Europe/Paris', '--skip-bad', '--db', db])).code).toBe(0);
      const listed = JSON.parse((await cli(['list', '--json', '--db', db])).stdout) as {
        sessionKey: string;
        title: string;
        room: string | null;
        speakers: { name: string }[];
      }[];
      const formula = listed.find((s) => s.title === FORMULA)!;
      expect(formula.room).toBe('Hall; 7');
      expect(formula.speakers.map((s) => s.name).join(',')).toBe('+SUM(1,2)');
      const multi = listed.find((s) => s.title.startsWith('Multi'))!;
      expect(multi.room).toBe('@cmd');
      expect(multi.speakers.map((s) => s.name)).toEqual(['-2+3']);
      expect((await cli(['star', formula.sessionKey, multi.sessionKey, '--db', db])).code).toBe(0);
      const exported = await cli(['export', '--agenda', '-o', '-', '--db', db]);
      expect(exported.code).toBe(0);
      const events = icsEvents(exported.stdout);
      const byTitle = new Map(events.map((e) => [e.summary, e]));
      // Text in iCal is only ever text; the exact characters survive, with `;` and `,` escaped on the wire.
      expect(byTitle.get(FORMULA)?.location).toBe('Hall; 7');
      expect(exported.stdout).toContain('Hall\\; 7');
      expect(byTitle.get('Multi line; title, with commas')?.location).toBe('@cmd');
    },
  );

  it(
    'generated: one id repeated 10,000 times is refused by line, or imported once with --skip-bad',
    { timeout: LIMIT },
    async () => {
      const rows = Array.from({ length: 10_000 }, (_, i) => `dup-1,Talk ${i},2024-03-20 10:00,2024-03-20 10:30`);
      const file = writeTemp('repeated.csv', ['ID,Title,Start,End', ...rows].join('\n'));
      await expectRefused(file, ['--tz', 'UTC'], /repeated\.csv:3/, /and 9998 more/);
      const db = await seededDb();
      const run = await cli(['import', file, '--tz', 'UTC', '--skip-bad', '--db', db]);
      expect(run.code).toBe(0);
      expect(run.stdout).toContain('1 new, 0 changed, 0 removed, 0 unchanged, 9999 skipped');
    },
  );

  it("an unknown --tz is refused as the user's argument before the file is read", { timeout: LIMIT }, async () => {
    await expectRefused(CSV, ['--tz', 'Mars/Olympus_Mons'], /--tz/, /unknown time zone "Mars\/Olympus_Mons"/);
  });
});

describe('hostile iCal', () => {
  it(
    'broken-dates.ics: Feb 30, a zero date, an unknown TZID and a missing UID are named by line',
    { timeout: LIMIT },
    async () => {
      const summary = await dryRun(ICS);
      expect(summary.counts).toMatchObject({ new: 1, skipped: 5 });
      expect(summary.problems.map((p) => p.where.replace(/^.*broken-dates\.ics/, ''))).toEqual([
        ':10 DTSTART',
        ':16 DTSTART',
        ':21 DTSTART TZID',
        ':21 DTSTART',
        ':26 UID',
      ]);
      expect(summary.problems[0]!.message).toBe('cannot read time "2024-02-30T10:00:00Z"');
      expect(summary.problems[2]!.message).toBe('unknown time zone "Mars/Olympus_Mons"');
      await expectRefused(ICS, [], /broken-dates\.ics:10 DTSTART/, /and 4 more/);
    },
  );

  it(
    'generated: a 1 MB DESCRIPTION line with CRLF/LF mixed imports, the abstract kept readable',
    { timeout: LIMIT },
    async () => {
      const long = 'A'.repeat(1024 * 1024);
      const lines = [
        'BEGIN:VCALENDAR',
        'VERSION:2.0',
        'PRODID:-//hostile//EN',
        'BEGIN:VEVENT',
        'UID:long-1',
        'DTSTART:20240320T100000Z',
        'DTEND:20240320T103000Z',
        'SUMMARY:Long line',
        `DESCRIPTION:${long}`,
        'END:VEVENT',
        'END:VCALENDAR',
      ];
      const text = lines.map((l, i) => l + (i % 2 ? '\r\n' : '\n')).join('');
      const parsed = parseSchedule(text, { file: 'long.ics', location: 'file:long.ics' });
      expect(parsed.problems).toEqual([]);
      expect(parsed.batch.sessions.map((s) => s.title)).toEqual(['Long line']);
      const abstract = parsed.batch.sessions[0]!.abstract ?? '';
      expect(abstract.length).toBeGreaterThan(0);
      expect(/^A+$/.test(abstract.replace('…', ''))).toBe(true);
      const db = await seededDb();
      const run = await cli(['import', writeTemp('long.ics', text), '--db', db]);
      expect(run.code).toBe(0);
      expect(run.stdout).toContain('1 new');
    },
  );
});

describe('hostile links in schedules', () => {
  it(
    'generated: javascript: and data: URLs in a CSV are never stored as session links',
    { timeout: LIMIT },
    async () => {
      const file = writeTemp(
        'urls.csv',
        'Title,Start,End,URL\n' +
          'Evil,2024-03-20 10:00,2024-03-20 10:30,javascript:alert(1)\n' +
          'Data,2024-03-20 11:00,2024-03-20 11:30,"data:text/html,<script>alert(1)</script>"\n' +
          'Spaced,2024-03-20 11:30,2024-03-20 11:45, JavaScript:alert(2)\n' +
          'Ok,2024-03-20 12:00,2024-03-20 12:30,https://example.org/s\n',
      );
      const db = await seededDb();
      expect((await cli(['import', file, '--tz', 'UTC', '--db', db])).code).toBe(0);
      const listed = JSON.parse((await cli(['list', '--json', '--db', db])).stdout) as {
        title: string;
        url: string | null;
      }[];
      const urls = Object.fromEntries(
        listed.filter((s) => ['Evil', 'Data', 'Spaced', 'Ok'].includes(s.title)).map((s) => [s.title, s.url]),
      );
      expect(urls).toEqual({ Evil: null, Data: null, Spaced: null, Ok: 'https://example.org/s' });
    },
  );
});

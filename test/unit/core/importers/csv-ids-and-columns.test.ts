// Issue 13: CSV session ids come from the file's content (not its path); a headerless CSV is mapped
// by column number; a time range in one cell (`8:00-8:50`) gives start and end.
import { parse } from 'csv-parse/sync';
import { stringify } from 'csv-stringify/sync';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseMapOption } from '../../../../src/core/importers/csv-columns';
import { parseSchedule } from '../../../../src/core/importers/parse-schedule';
import { listSessions } from '../../../../src/core/store/read-sessions';
import { exportSessions } from '../../../../src/core/use-cases/export-sessions';
import { importSource } from '../../../../src/core/use-cases/import-source';
import { toUtcIso } from '../../../../src/core/time/zoned';
import { tempDb, tempDir } from '../../helpers';
import { readSchedule } from './schedule-helpers';

const PENGUICON = 'sched-export-penguicon2019.csv';

/** The real Penguicon export reduced to a generic spreadsheet: no Sched ids or URLs, a row number as id. */
function genericCsv(): string {
  const [header, ...rows] = parse(readSchedule(PENGUICON)) as string[][];
  const at = (name: string) => header!.indexOf(name);
  return stringify([
    ['ID', 'Session', 'Start', 'End', 'Room'],
    ...rows
      .slice(0, 40)
      .map((r, i) => [String(i + 1), r[at('name')]!, r[at('event_start')]!, r[at('event_end')]!, r[at('venue')]!]),
  ]);
}

/**
 * The same export as a printed programme's table: no header row, the day, "9:00-9:50" in one cell,
 * the title and the room.
 */
function headerlessProgramme(): { text: string; rows: string[][] } {
  const [header, ...rows] = parse(readSchedule(PENGUICON)) as string[][];
  const at = (name: string) => header!.indexOf(name);
  const clock = (cell: string) => cell.slice(11, 16).replace(/^0/, '');
  const picked = rows
    .filter((r) => r[at('event_start')]!.slice(0, 10) === r[at('event_end')]!.slice(0, 10))
    .slice(0, 30)
    .map((r) => [
      r[at('event_start')]!.slice(0, 10),
      `${clock(r[at('event_start')]!)}-${clock(r[at('event_end')]!)}`,
      r[at('name')]!,
      r[at('venue')]!,
    ]);
  return { text: stringify(picked), rows: picked };
}

describe('CSV ids from content', () => {
  it('the same file imported from two folders is one set of sessions, and no exported UID names a path', async () => {
    const { db } = tempDb();
    const text = genericCsv();
    const [a, b] = [tempDir(), tempDir()].map((dir) => {
      fs.mkdirSync(path.join(dir, 'Downloads'));
      const file = path.join(dir, 'Downloads', 'penguicon.csv');
      fs.writeFileSync(file, text);
      return file;
    });
    const first = await importSource({ db }, { location: a!, timeZone: 'America/Detroit' });
    expect(first.counts.new).toBe(40);
    const second = await importSource({ db }, { location: b!, timeZone: 'America/Detroit' });
    expect(second.counts).toMatchObject({ new: 0, changed: 0 });
    expect(listSessions(db, { includeNonSessions: true })).toHaveLength(40);
    const ics = exportSessions({ db }, { kind: 'sessions', sessionKeys: listSessions(db).map((s) => s.sessionKey) });
    const uids = ics.text.match(/^UID:.*$/gm) ?? [];
    expect(uids.length).toBeGreaterThan(30);
    expect(ics.text).not.toContain(path.dirname(a!).slice(1, 20));
    expect(ics.text).not.toContain('Downloads');
  });

  it('the event column or --event scopes the ids', () => {
    const text = genericCsv();
    const one = parseSchedule(text, { file: 'x.csv', location: '/a/x.csv', timeZone: 'UTC', event: 'Penguicon' });
    const other = parseSchedule(text, { file: 'x.csv', location: '/b/x.csv', timeZone: 'UTC', event: 'Penguicon' });
    expect(one.batch.sessions.map((s) => s.sessionKey)).toEqual(other.batch.sessions.map((s) => s.sessionKey));
    expect(one.batch.sessions[0]!.sessionKey).toBe('csv:Penguicon:1');
  });
});

describe('headerless CSV', () => {
  it('says there is no header row and how to map by number, quoting line 1', () => {
    const { text } = headerlessProgramme();
    const parsed = parseSchedule(text, { file: 'programme.csv', location: '/x/programme.csv', timeZone: 'UTC' });
    expect(parsed.batch.sessions).toEqual([]);
    expect(parsed.problems[0]!.message).toMatch(/--map title=<column number>; no header row; line 1 is 1: 2019-/);
  });

  it('--map date=1,start=2,title=3,room=4 reads every row, the 8:00-8:50 ranges included', () => {
    const { text, rows } = headerlessProgramme();
    const parsed = parseSchedule(text, {
      file: 'programme.csv',
      location: '/x/programme.csv',
      timeZone: 'America/Detroit',
      map: parseMapOption('date=1,start=2,title=3,room=4'),
    });
    expect(parsed.problems).toEqual([]);
    expect(parsed.batch.sessions).toHaveLength(rows.length);
    const [day, range, title, room] = rows[0]!;
    const first = parsed.batch.sessions.find((s) => s.title === title)!;
    expect(first.room).toBe(room);
    const [from, to] = range!.split('-');
    const utc = (clock: string) => toUtcIso(`${day}T${clock!.padStart(5, '0')}:00-04:00`);
    expect(toUtcIso(first.start!)).toBe(utc(from!));
    expect(toUtcIso(first.end!)).toBe(utc(to!));
  });

  it('a column number past the last column is named', () => {
    const { text } = headerlessProgramme();
    const parsed = parseSchedule(text, {
      file: 'programme.csv',
      location: '/x/programme.csv',
      timeZone: 'UTC',
      map: parseMapOption('date=1,start=2,title=9'),
    });
    expect(parsed.problems[0]).toMatchObject({ where: 'programme.csv:1 --map title=9' });
  });

  it('a range across midnight ends the next day', () => {
    const parsed = parseSchedule('2019-05-04,23:30-0:30,Midnight Mayhem\n', {
      file: 'late.csv',
      location: '/x/late.csv',
      timeZone: 'UTC',
      map: parseMapOption('date=1,start=2,title=3'),
    });
    expect(parsed.batch.sessions[0]).toMatchObject({ start: '2019-05-04T23:30:00Z', end: '2019-05-05T00:30:00Z' });
  });
});

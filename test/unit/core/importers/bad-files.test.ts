import { describe, expect, it } from 'vitest';
import { detectFormat } from '../../../../src/core/importers/detect-format';
import { importSchedule, previewSchedule } from '../../../../src/core/importers/import-schedule';
import { parseSchedSummary } from '../../../../src/core/importers/sched-summary';
import { listSessions } from '../../../../src/core/store/read-sessions';
import { tempDb, thrown } from '../../helpers';
import { REAL, readSchedule } from './schedule-helpers';

const opts = (file: string, extra = {}) => ({ file, location: `/tmp/${file}`, ...extra });

describe('format detection', () => {
  it('tells every real export apart from its first kilobyte, and feeds from schedules', () => {
    const formats = Object.keys(REAL).map((name) => detectFormat(readSchedule(name)));
    expect(formats).toEqual(['ical', 'sessionize', 'frab-json', 'frab-xml', 'pentabarf', 'csv']);
    expect(detectFormat('<?xml version="1.0"?>\n<rss version="2.0"><channel/></rss>')).toBe('feed');
    expect(detectFormat('<feed xmlns="http://www.w3.org/2005/Atom"></feed>')).toBe('feed');
    expect(detectFormat('<rdf:RDF xmlns:rdf="x"></rdf:RDF>')).toBe('feed');
    expect(detectFormat('[{"groupId":null,"groupName":"All","sessions":[]}]')).toBe('sessionize');
    expect(detectFormat('just some words')).toBeNull();
  });
});

describe('Sched SUMMARY', () => {
  it('splits title and speakers with roles, shared companies and dashes in the title', () => {
    expect(parseSchedSummary('Crossplane - The Framework - Jared Watts & Adam Wolfe Gordon, Upbound')).toEqual({
      title: 'Crossplane - The Framework',
      speakers: [
        { name: 'Jared Watts', affiliation: 'Upbound' },
        { name: 'Adam Wolfe Gordon', affiliation: 'Upbound' },
      ],
    });
    expect(parseSchedSummary('Keynote: Hello - Jane Doe, CTO, Acme & John Roe, Initech').speakers).toEqual([
      { name: 'Jane Doe', affiliation: 'Acme' },
      { name: 'John Roe', affiliation: 'Initech' },
    ]);
    expect(parseSchedSummary('Project Lightning Talk: A Curator’s Guide - Katherine Druckman').speakers).toEqual([
      { name: 'Katherine Druckman', affiliation: null },
    ]);
    expect(parseSchedSummary('Kubernetes - The Hard Way').speakers).toEqual([]);
    expect(parseSchedSummary('FluxCon Hosted by CNCF - Half-Day Event').speakers).toEqual([]);
    expect(parseSchedSummary('Hosted by AWS - AM SESSION | SEPARATE REGISTRATION REQUIRED')).toEqual({
      title: 'Hosted by AWS - AM SESSION | SEPARATE REGISTRATION REQUIRED',
      speakers: [],
    });
  });
});

describe('bad files', () => {
  it('names the file and says what it expected for an unknown format', () => {
    const error = thrown(() => previewSchedule(tempDb().db, 'hello world', opts('notes.txt')));
    expect(error.message).toMatch(/^notes\.txt: unknown format/);
  });

  it('points at the line of a truncated XML file', () => {
    const xml = readSchedule('frab-schedule-39c3.xml');
    const error = thrown(() => previewSchedule(tempDb().db, xml.slice(0, 5000), opts('39c3.xml')));
    expect(error.where).toMatch(/^39c3\.xml:\d+$/);
    expect(error.message).toMatch(/malformed XML/);
  });

  it('reports a truncated JSON file', () => {
    const json = readSchedule('c3voc-schedule-json-frab-camp2019.json');
    expect(thrown(() => previewSchedule(tempDb().db, json.slice(0, 3000), opts('camp.json'))).message).toMatch(
      /camp\.json: not valid JSON \(truncated\?\)/,
    );
  });

  it('salvages the complete entries of a truncated .ics but will not import without consent', () => {
    const { db } = tempDb();
    const ics = readSchedule('sched-kccnceu2026-all.ics');
    const cut = ics.slice(0, ics.indexOf('UID:', 20000));
    const preview = previewSchedule(db, cut, opts('all.ics'));
    expect(preview.summary.problems[0]!.message).toMatch(/truncated/);
    expect(preview.summary.counts.new).toBeGreaterThan(10);
    expect(() => importSchedule(db, cut, opts('all.ics'))).toThrow(/truncated.*nothing was imported/);
    expect(listSessions(db, { includeNonSessions: true })).toHaveLength(0);
    const { summary } = importSchedule(db, cut, opts('all.ics'), true);
    expect(listSessions(db, { includeNonSessions: true })).toHaveLength(summary.counts.new);
  });

  it('lists every bad CSV row with line and column, and imports the good rows when asked', () => {
    const { db } = tempDb();
    const csv = [
      'Session,Start Time,End Time,Room,Speakers,ID',
      'Good talk,2026-03-24 10:00,2026-03-24 10:30,Hall 7,Ada Lovelace,1',
      ',2026-03-24 11:00,2026-03-24 11:30,Hall 7,Nobody,2',
      'Bad time,24th of March,2026-03-24 11:30,Hall 7,Grace Hopper,3',
      'Duplicate,2026-03-24 12:00,2026-03-24 12:30,Hall 8,Alan Turing,1',
    ].join('\n');
    const preview = previewSchedule(db, csv, opts('talks.csv', { timeZone: 'Europe/Amsterdam' }));
    expect(preview.summary.problems).toEqual([
      { where: 'talks.csv:3 Session', message: 'missing session title' },
      { where: 'talks.csv:4 Start Time', message: 'cannot read start time "24th of March"' },
      { where: 'talks.csv:5', message: 'duplicate id "csv:talks:1" (first at talks.csv:2)' },
    ]);
    expect(preview.summary.counts).toMatchObject({ new: 1, skipped: 3 });
    expect(() => importSchedule(db, csv, opts('talks.csv', { timeZone: 'Europe/Amsterdam' }))).toThrow(
      /talks\.csv:3 Session: missing session title \(and 2 more\)/,
    );
    importSchedule(db, csv, opts('talks.csv', { timeZone: 'Europe/Amsterdam' }), true);
    expect(listSessions(db).map((s) => [s.title, s.start])).toEqual([['Good talk', '2026-03-24T10:00:00+01:00']]);
  });

  it('asks for a time zone when the times carry none, and rejects unknown zones', () => {
    const { db } = tempDb();
    const csv = 'Title,Start\nTalk,2026-03-24 10:00\n';
    expect(previewSchedule(db, csv, opts('a.csv')).summary.problems[0]!.message).toMatch(/no time zone.*--tz/);
    expect(thrown(() => previewSchedule(db, csv, opts('a.csv', { timeZone: 'Europe/Atlantis' }))).message).toMatch(
      /unknown time zone "Europe\/Atlantis"/,
    );
    const frab = readSchedule('c3voc-schedule-json-frab-camp2019.json').replace('"Europe/Berlin"', '"Mars/Olympus"');
    expect(previewSchedule(db, frab, opts('camp.json')).summary.problems[0]).toEqual({
      where: 'camp.json $.schedule.conference.time_zone_name',
      message: 'unknown time zone "Mars/Olympus"',
    });
  });

  it('maps CSV columns the user names and says which header is missing', () => {
    const { db } = tempDb();
    const csv = 'Talk,When,Where\nHello,2026-03-24T10:00:00+01:00,Room 1\n';
    expect(previewSchedule(db, csv, opts('b.csv')).summary.problems.map((p) => p.where)).toEqual(['b.csv:1 start']);
    const mapped = previewSchedule(db, csv, opts('b.csv', { map: { start: 'When', room: 'Where' } }));
    expect(mapped.summary.problems).toEqual([]);
    expect(mapped.summary.counts.new).toBe(1);
    expect(previewSchedule(db, csv, opts('b.csv', { map: { start: 'Wen' } })).summary.problems[0]!.message).toMatch(
      /no column named "Wen"/,
    );
  });

  it('reports missing required fields with their JSON path', () => {
    const { db } = tempDb();
    const json = JSON.stringify({
      sessions: [
        { id: '1', title: '', startsAt: '2026-10-02T09:00:00' },
        { id: '2', title: 'Ok', startsAt: 'soon' },
      ],
    });
    expect(previewSchedule(db, json, opts('s.json', { timeZone: 'Europe/London' })).summary.problems).toEqual([
      { where: 's.json $.sessions[0].title', message: 'session has no title' },
      { where: 's.json $.sessions[1].startsAt', message: 'cannot read time "soon"' },
    ]);
  });

  it('never writes anything on a dry run', () => {
    const { db } = tempDb();
    const preview = previewSchedule(db, readSchedule('frab-schedule-39c3.xml'), opts('39c3.xml'));
    expect(preview.summary.counts.new).toBe(215);
    expect(db.prepare('SELECT COUNT(*) AS n FROM sessions').get()).toEqual({ n: 0 });
    expect(db.prepare('SELECT COUNT(*) AS n FROM sources').get()).toEqual({ n: 0 });
  });
});

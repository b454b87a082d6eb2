import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import ICAL from 'ical.js';
import { afterEach, describe, expect, it } from 'vitest';
import { setNote, setStar } from '../../../../src/core/store/agenda';
import { exportSessions } from '../../../../src/core/use-cases/export-sessions';
import { foldLine, unfoldLines } from '../../../../src/core/ical/fold-lines';
import { applyImport } from '../../../../src/core/store/apply-import';
import { SPRING_DST, extrasBatch, seedAgendaDb, AUTUMN_DST, DAY_ONLY, NO_DAY } from '../../../support/agenda-db';
import { tempDb, tempDir } from '../../helpers';

const NOW = new Date('2026-03-02T08:30:00Z');

function agendaExport(now = NOW) {
  const { db } = tempDb();
  seedAgendaDb(db);
  for (const id of ['dst-spring', 'dst-autumn', 'day-only', 'no-day']) setStar(db, id, 'going');
  setNote(db, 'dst-spring', 'bring a torch; and coffee,\nlots');
  return { db, result: exportSessions({ db, now: () => now }, { kind: 'agenda', includeMaybe: true }) };
}

/** The unfolded content lines of the VEVENT with this UID. */
function eventLines(text: string, uid: string): string[] {
  const lines = unfoldLines(text);
  const at = lines.indexOf(`UID:${uid}`);
  const begin = lines.lastIndexOf('BEGIN:VEVENT', at);
  return lines.slice(begin, lines.indexOf('END:VEVENT', at) + 1);
}

const registered: ICAL.Timezone[] = [];
afterEach(() => {
  for (const zone of registered.splice(0)) ICAL.TimezoneService.remove(zone.tzid);
});

function readBack(text: string) {
  const calendar = new ICAL.Component(ICAL.parse(text));
  for (const vtimezone of calendar.getAllSubcomponents('vtimezone')) {
    const zone = new ICAL.Timezone(vtimezone);
    ICAL.TimezoneService.register(zone, vtimezone.getFirstPropertyValue('tzid') as string);
    registered.push(zone);
  }
  return calendar.getAllSubcomponents('vevent').map((v) => new ICAL.Event(v));
}

describe('iCalendar export (RFC 5545)', () => {
  it('ends every line with CRLF and keeps lines within 75 octets', () => {
    const { result } = agendaExport();
    expect(result.text.endsWith('\r\n')).toBe(true);
    const lines = result.text.slice(0, -2).split('\r\n');
    for (const line of lines) {
      expect(line).not.toMatch(/[\r\n]/);
      expect(Buffer.byteLength(line, 'utf8')).toBeLessThanOrEqual(75);
    }
    // The long Japanese/emoji abstract really was folded.
    expect(lines.some((line) => line.startsWith(' '))).toBe(true);
  });

  it('folds any text at 75 octets without splitting a UTF-8 character, and unfolds to the same text', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 300 }), (text) => {
        const line = `DESCRIPTION:${text.replace(/[\r\n]/g, ' ')}`;
        const folded = foldLine(line);
        for (const part of folded.split('\r\n')) {
          expect(Buffer.byteLength(part, 'utf8')).toBeLessThanOrEqual(75);
          // A split character would not survive a UTF-8 round trip.
          expect(Buffer.from(part, 'utf8').toString('utf8')).toBe(part);
        }
        expect(unfoldLines(folded)).toEqual([line]);
      }),
    );
  });

  it('escapes backslash, semicolon, comma and newline in TEXT values', () => {
    const { result } = agendaExport();
    const lines = eventLines(result.text, 'kubeplan-dst-spring@kubeplan');
    expect(lines).toContain('SUMMARY:Zürich\\; Köln\\, Łódź — night shift über DST');
    const description = lines.find((l) => l.startsWith('DESCRIPTION:'))!;
    expect(description).toBe(
      'DESCRIPTION:Speakers: Åsa Ñúñez (Ünïcode\\, Inc.)\\n\\nLine one\\; with a semicolon\\, a comma\\nLine two \\\\ ' +
        'with a backslash\\n\\nLast paragraph: 日本語テキスト 🚀\\n\\nMy note: bring a torch\\; and coffee\\,\\nlots',
    );
    expect(lines).toContain('LOCATION:Zaal Ö\\, level 2');
    expect(lines).toContain('URL:https://example.org/rejekts/dst-spring');
    expect(lines).toContain('CATEGORIES:Ops\\; Night\\, Shift');
    expect(lines).toContain('X-KUBEPLAN-NOTE;VALUE=TEXT:bring a torch\\; and coffee\\,\\nlots');
  });

  it('writes local times with TZID and a VTIMEZONE holding both DST changes', () => {
    const { result } = agendaExport();
    const lines = unfoldLines(result.text);
    expect(eventLines(result.text, 'kubeplan-dst-spring@kubeplan')).toEqual(
      expect.arrayContaining([
        'DTSTART;TZID=Europe/Amsterdam:20260329T013000',
        'DTEND;TZID=Europe/Amsterdam:20260329T040000',
      ]),
    );
    const tz = lines.slice(lines.indexOf('BEGIN:VTIMEZONE'), lines.indexOf('END:VTIMEZONE') + 1).join('\n');
    expect(tz).toContain('TZID:Europe/Amsterdam');
    expect(tz).toContain('BEGIN:DAYLIGHT\nDTSTART:20260329T020000\nTZOFFSETFROM:+0100\nTZOFFSETTO:+0200');
    expect(tz).toContain('BEGIN:STANDARD\nDTSTART:20261025T030000\nTZOFFSETFROM:+0200\nTZOFFSETTO:+0100');
    // Every TZID used has its VTIMEZONE.
    const used = new Set([...result.text.matchAll(/TZID=([^:;]+)/g)].map((m) => m[1]));
    expect([...used]).toEqual(['Europe/Amsterdam']);
  });

  it('reads back in ical.js with the right instants across both DST changes', () => {
    const { result } = agendaExport();
    const events = readBack(result.text);
    const byUid = new Map(events.map((e) => [e.uid, e]));
    const spring = byUid.get('kubeplan-dst-spring@kubeplan')!;
    expect(spring.startDate.toJSDate().toISOString()).toBe('2026-03-29T00:30:00.000Z');
    expect(spring.endDate.toJSDate().toISOString()).toBe('2026-03-29T02:00:00.000Z');
    expect(spring.summary).toBe(SPRING_DST.title);
    expect(spring.description).toContain(SPRING_DST.abstract);
    const autumn = byUid.get('kubeplan-dst-autumn@kubeplan')!;
    expect(autumn.startDate.toJSDate().toISOString()).toBe('2026-10-24T23:00:00.000Z');
    expect(autumn.endDate.toJSDate().toISOString()).toBe('2026-10-25T03:00:00.000Z');
    expect(autumn.summary).toBe(AUTUMN_DST.title);
  });

  it('makes a day-without-time session an all-day event and leaves out (and counts) a dayless one', () => {
    const { result } = agendaExport();
    expect(eventLines(result.text, 'kubeplan-day-only@kubeplan')).toEqual(
      expect.arrayContaining(['DTSTART;VALUE=DATE:20260325', 'DTEND;VALUE=DATE:20260326']),
    );
    expect(result.text).not.toContain(NO_DAY.title);
    expect(result).toMatchObject({ eventCount: 3, skippedNoDay: 1 });
    const allDay = readBack(result.text).find((e) => e.summary === DAY_ONLY.title)!;
    expect(allDay.startDate.isDate).toBe(true);
  });

  it('keeps the UID of a session across exports, stamps DTSTAMP, and raises SEQUENCE when it changes', () => {
    const { db, result: first } = agendaExport();
    const second = exportSessions(
      { db, now: () => new Date('2026-03-05T10:00:00Z') },
      { kind: 'agenda', includeMaybe: true },
    );
    const uids = (text: string) => [...text.matchAll(/^UID:(.*)$/gm)].map((m) => m[1]).sort();
    expect(uids(second.text)).toEqual(uids(first.text));
    expect(eventLines(first.text, 'kubeplan-dst-spring@kubeplan')).toContain('DTSTAMP:20260302T083000Z');
    expect(eventLines(second.text, 'kubeplan-dst-spring@kubeplan')).toContain('DTSTAMP:20260305T100000Z');
    expect(eventLines(first.text, 'kubeplan-dst-spring@kubeplan')).toContain('SEQUENCE:0');

    applyImport(db, extrasBatch([{ ...SPRING_DST, room: 'Zaal B' }, AUTUMN_DST, DAY_ONLY, NO_DAY]));
    const third = exportSessions({ db, now: () => NOW }, { kind: 'agenda', includeMaybe: true });
    expect(eventLines(third.text, 'kubeplan-dst-spring@kubeplan')).toEqual(
      expect.arrayContaining(['SEQUENCE:1', 'LOCATION:Zaal B']),
    );
    expect(eventLines(third.text, 'kubeplan-dst-autumn@kubeplan')).toContain('SEQUENCE:0');

    // A starred session the schedule drops stays in the agenda export, cancelled.
    applyImport(db, extrasBatch([{ ...SPRING_DST, room: 'Zaal B' }, DAY_ONLY, NO_DAY]));
    const fourth = exportSessions({ db, now: () => NOW }, { kind: 'agenda', includeMaybe: true });
    expect(eventLines(fourth.text, 'kubeplan-dst-autumn@kubeplan')).toEqual(
      expect.arrayContaining(['STATUS:CANCELLED', 'SEQUENCE:1']),
    );
  });

  it('exports going only, or going and maybe', () => {
    const { db } = tempDb();
    seedAgendaDb(db);
    setStar(db, 'dst-spring', 'going');
    setStar(db, 'dst-autumn', 'maybe');
    const going = exportSessions({ db, now: () => NOW }, { kind: 'agenda', includeMaybe: false });
    expect(going.eventCount).toBe(1);
    const both = exportSessions({ db, now: () => NOW }, { kind: 'agenda', includeMaybe: true });
    expect(eventLines(both.text, 'kubeplan-dst-autumn@kubeplan')).toEqual(
      expect.arrayContaining(['STATUS:TENTATIVE', 'X-KUBEPLAN-AGENDA:maybe']),
    );
  });

  it('is read by python-icalendar too, with the same titles and instants', (ctx) => {
    // Debian's python3-icalendar lives with the system interpreter, not a pyenv one earlier on PATH.
    const python = fs.existsSync('/usr/bin/python3') ? '/usr/bin/python3' : 'python3';
    const probe = spawnSync(python, ['-c', 'import icalendar'], { encoding: 'utf8' });
    if (probe.status !== 0) ctx.skip(`python3-icalendar is not installed: ${probe.stderr.trim()}`);
    const { result } = agendaExport();
    const file = path.join(tempDir(), 'agenda.ics');
    fs.writeFileSync(file, result.text);
    const script = `
import sys, json, icalendar, datetime
cal = icalendar.Calendar.from_ical(open(sys.argv[1], 'rb').read())
out = []
for e in cal.walk('VEVENT'):
    s = e.decoded('DTSTART')
    out.append([str(e['SUMMARY']), s.astimezone(datetime.timezone.utc).isoformat() if isinstance(s, datetime.datetime) else s.isoformat()])
print(json.dumps(sorted(out)))`;
    const run = spawnSync(python, ['-c', script, file], { encoding: 'utf8' });
    expect(run.stderr).toBe('');
    expect(JSON.parse(run.stdout)).toEqual(
      [
        [AUTUMN_DST.title, '2026-10-24T23:00:00+00:00'],
        [DAY_ONLY.title, '2026-03-25'],
        [SPRING_DST.title, '2026-03-29T00:30:00+00:00'],
      ].sort(),
    );
  });
});

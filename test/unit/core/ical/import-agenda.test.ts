import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { listEntries, setNote, setStar } from '../../../../src/core/store/agenda';
import { exportSessions } from '../../../../src/core/use-cases/export-sessions';
import { importAgenda, previewAgendaImport } from '../../../../src/core/use-cases/import-agenda';
import { getSession, listSessions } from '../../../../src/core/store/read-sessions';
import { IDS, seedAgendaDb } from '../../../support/agenda-db';
import { FIXTURES, tempDb } from '../../helpers';

const PROBLEMS = fs.readFileSync(path.join(FIXTURES, 'ics', 'agenda-with-problems.ics'), 'utf8');

function seeded() {
  const { db } = tempDb();
  seedAgendaDb(db);
  return db;
}

describe('importing an .ics as an agenda', () => {
  it('restores an exported agenda on another machine: star levels and notes, matched by UID', () => {
    const home = seeded();
    setStar(home, IDS.leastPrivilege, 'going');
    setStar(home, 'dst-spring', 'maybe');
    setNote(home, 'dst-spring', 'sit near the door; leave early');
    const { text } = exportSessions({ db: home }, { kind: 'agenda', includeMaybe: true });

    const laptop = seeded();
    const result = importAgenda({ db: laptop }, { text: text, name: 'agenda.ics', mode: 'all-or-nothing' });
    expect(result.applied).toBe(2);
    expect(result.preview.matches.map((m) => m.matchedBy)).toEqual(['uid', 'uid']);
    expect(getSession(laptop, IDS.leastPrivilege).agenda).toBe('going');
    expect(getSession(laptop, 'dst-spring')).toMatchObject({ agenda: 'maybe', note: 'sit near the door; leave early' });
  });

  it("previews another program's calendar: matches by title and URL, names each problem with its line", () => {
    const db = seeded();
    const preview = previewAgendaImport({ db }, PROBLEMS);
    const helm = listSessions(db).find((s) => s.title === 'Helm 4 Is Here. So, Now What?')!;
    expect(preview.matches).toEqual([
      expect.objectContaining({ line: 4, sessionKey: helm.sessionKey, status: 'maybe', matchedBy: 'title' }),
      expect.objectContaining({ line: 23, sessionKey: IDS.leastPrivilege, status: 'going', matchedBy: 'url' }),
    ]);
    expect(preview.unmatched).toEqual([{ line: 30, title: 'A talk this app has never heard of' }]);
    expect(preview.problems).toEqual([
      { line: 12, message: 'event "An event with no UID" has no UID' },
      { line: 20, message: 'DTSTART "2026-03-24 11:00" is not an iCalendar date or date-time' },
    ]);
    expect(preview.eventCount).toBe(5);
    expect(listEntries(db)).toEqual([]);
  });

  it('changes nothing when the user wants all or nothing, and uses the valid events when asked to', () => {
    const db = seeded();
    setStar(db, 'dst-autumn', 'going');
    expect(() => importAgenda({ db }, { text: PROBLEMS, name: 'shared.ics', mode: 'all-or-nothing' })).toThrow(
      'shared.ics:12: event "An event with no UID" has no UID (and 1 more problems); nothing was changed',
    );
    expect(listEntries(db).map((e) => e.sessionKey)).toEqual(['dst-autumn']);

    const result = importAgenda({ db }, { text: PROBLEMS, name: 'shared.ics', mode: 'valid-only' });
    expect(result.applied).toBe(2);
    expect(
      listEntries(db)
        .map((e) => e.sessionKey)
        .sort(),
    ).toEqual(['dst-autumn', IDS.leastPrivilege, result.preview.matches[0]!.sessionKey].sort());
  });

  it('matches a sched link with its slug, or the short sched.co form, to the session it names', () => {
    const db = seeded();
    const calendar = (url: string) =>
      [
        'BEGIN:VCALENDAR',
        'VERSION:2.0',
        'BEGIN:VEVENT',
        'UID:x@example.org',
        'DTSTART:20260324T101500Z',
        'SUMMARY:?',
        `URL:${url}`,
        'END:VEVENT',
        'END:VCALENDAR',
      ].join('\r\n');
    for (const url of [
      `https://kccnceu2026.sched.com/event/${IDS.agentKeys}/when-an-agent-acts-on-your-behalf`,
      `https://sched.co/${IDS.agentKeys}`,
    ]) {
      expect(previewAgendaImport({ db }, calendar(url)).matches).toEqual([
        expect.objectContaining({ sessionKey: IDS.agentKeys, matchedBy: 'url' }),
      ]);
    }
  });

  it('refuses a file that is not iCalendar, or is cut short, with the line', () => {
    const db = seeded();
    expect(previewAgendaImport({ db }, '<html><body>Not a calendar</body></html>').problems).toEqual([
      { line: 1, message: 'not an iCalendar file: it must start with BEGIN:VCALENDAR' },
    ]);
    const cut = PROBLEMS.split('\r\n').slice(0, 8).join('\r\n');
    expect(previewAgendaImport({ db }, cut).problems).toEqual([{ line: 4, message: 'BEGIN:VEVENT is never closed' }]);
    expect(() => importAgenda({ db }, { text: cut, name: 'cut.ics', mode: 'valid-only' })).toThrow(
      /cut\.ics:4: BEGIN:VEVENT is never closed/,
    );
    expect(
      previewAgendaImport({ db }, 'BEGIN:VCALENDAR\r\nthis is not a content line\r\nEND:VCALENDAR\r\n').problems[0],
    ).toEqual({
      line: 2,
      message: 'not an iCalendar content line: "this is not a content line"',
    });
    expect(listEntries(db)).toEqual([]);
  });
});

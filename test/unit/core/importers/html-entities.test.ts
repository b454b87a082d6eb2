// Issue 13: HTML entities in titles, names and rooms are decoded in every format, not shown raw.
import { describe, expect, it } from 'vitest';
import { parseSchedule } from '../../../../src/core/importers/parse-schedule';
import { options, readSchedule } from './schedule-helpers';

// Some Sched exports HTML-escape the SUMMARY: the real Tuesday-morning VEVENTs with `&` written as `&amp;`.
const SCHED = 'sched-kccnceu2026-tuesday-morning.ics';
const escapedSched = () =>
  readSchedule(SCHED).replace(/^SUMMARY:.*$/gm, (line) => line.replace(/&/g, '&amp;').replace(/'/g, '&#39;'));

describe('HTML entities', () => {
  it('Sched .ics: titles and speakers read as in the unescaped export (21 titles with &amp;)', () => {
    const plain = parseSchedule(readSchedule(SCHED), options(SCHED));
    const escaped = escapedSched();
    expect(escaped.match(/^SUMMARY:.*&amp;/gm)).toHaveLength(21);
    const decoded = parseSchedule(escaped, options(SCHED));
    expect(decoded.problems).toEqual([]);
    const pick = (p: typeof plain) => p.batch.sessions.map((s) => ({ title: s.title, speakers: s.speakers }));
    expect(pick(decoded)).toEqual(pick(plain));
    expect(decoded.batch.sessions.some((s) => /&(amp|#39);/.test(s.title))).toBe(false);
    const ai = decoded.batch.sessions.find((s) => s.title.startsWith('Least-Privilege for AI'))!;
    expect(ai.speakers.map((s) => s.name)).toEqual(['Luc Chmielowski', 'Nina Polshakova']);
  });

  it('Sessionize JSON: a title, room and speaker name with entities', () => {
    const name = 'sessionize-scottishsummit-2026-viewAll.json';
    const data = JSON.parse(readSchedule(name)) as {
      sessions: { title: string; room: string; roomId: number }[];
      speakers: { fullName: string }[];
      rooms: { name: string }[];
    };
    data.sessions[0]!.title = `Power Apps &amp; Copilot &ndash; ${data.sessions[0]!.title}`;
    const fullName = data.speakers[0]!.fullName;
    data.speakers[0]!.fullName = fullName.replace(/^(\S+)/, '$1&#8217;s');
    const parsed = parseSchedule(JSON.stringify(data), options(name));
    const titles = parsed.batch.sessions.map((s) => s.title);
    expect(titles.some((t) => t.startsWith('Power Apps & Copilot – '))).toBe(true);
    const names = parsed.batch.sessions.flatMap((s) => s.speakers.map((p) => p.name));
    expect(names).toContain(fullName.replace(/^(\S+)/, '$1’s'));
    expect(titles.concat(names).some((t) => /&\w+;|&#\d+;/.test(t))).toBe(false);
  });

  it('frab XML: a double-escaped title (&amp;amp; in the file) reads as "&"', () => {
    const name = 'frab-schedule-39c3.xml';
    const source = readSchedule(name);
    const first = /<title>([^<]+)<\/title>/.exec(source.slice(source.indexOf('<event ')))![1]!;
    const built = source.replace(`<title>${first}</title>`, `<title>${first} &amp;amp; Q&amp;amp;A</title>`);
    const parsed = parseSchedule(built, options(name));
    expect(parsed.batch.sessions.map((s) => s.title)).toContain(`${first} & Q&A`);
  });

  it('CSV: entities in title, room and companies; AT&T and R&D stay as they are', () => {
    const name = 'sched-export-penguicon2019.csv';
    const built = readSchedule(name)
      .replace('"Midnight Mayhem"', '"Midnight Mayhem &amp; Karaoke at AT&T R&D"')
      .replace('"Algonquin B"', '"Algonquin B &ndash; Main"');
    const parsed = parseSchedule(built, options(name));
    const mayhem = parsed.batch.sessions.find((s) => s.title.startsWith('Midnight Mayhem'))!;
    expect(mayhem.title).toBe('Midnight Mayhem & Karaoke at AT&T R&D');
    expect(mayhem.room).toBe('Algonquin B – Main');
  });
});

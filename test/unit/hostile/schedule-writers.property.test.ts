// Property: any sessions, with text full of separators, quotes, formula starts, markup look-alikes and
// any Unicode, exported as CSV, c3voc schedule.json and frab schedule.xml, pass the c3voc validators
// and read back through our own importers as the same sessions.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildConference, type ExportSession } from '../../../src/core/export/conference-model';
import { sessionsCsv } from '../../../src/core/export/csv';
import { frabXml } from '../../../src/core/export/frab-xml';
import { sessionGuid } from '../../../src/core/export/identifiers';
import { scheduleJson } from '../../../src/core/export/schedule-json';
import { parseSchedule } from '../../../src/core/importers/parse-schedule';
import { plainText } from '../../../src/core/importers/schedule-record';
import { normalizeRecord } from '../../../src/core/store/normalize-record';
import { cleanText } from '../../../src/core/text/normalize';
import { dayInZone } from '../../../src/core/time/zoned';
import type { SessionRecord } from '../../../src/shared/types';
import {
  requireJsonSchema,
  requireXmllint,
  scheduleJsonErrors,
  scheduleXmlErrors,
} from '../../support/c3voc-validators';
import { comparable } from '../../support/kubecon-eu-2026';
import { record } from '../helpers';

const RUNS = 100;
const XML_RUNS = 25;

const ZONES = [
  'Europe/Amsterdam',
  'America/Chicago',
  'Asia/Kolkata',
  'Australia/Lord_Howe',
  'America/Argentina/Buenos_Aires',
  'Etc/GMT+5',
  'UTC',
] as const;
// 1990–2060, minute precision: what schedules carry.
const instant = fc.integer({ min: 631_152_000, max: 2_840_140_800 }).map((s) => Math.floor(s / 60) * 60_000);

const piece = fc.oneof(
  fc.string({ unit: 'grapheme', maxLength: 12 }),
  fc.constantFrom(
    '=',
    '+',
    '-',
    '@',
    "'",
    '"',
    ',',
    ';',
    '|',
    '&',
    '&amp;',
    '<',
    '>',
    '< 10 ms',
    '<3',
    '\n',
    '\t',
    ' ',
  ),
  fc.constantFrom('=HYPERLINK("x")', "'=1", '@SUM(A1)', '-5', 'Zürich', 'Łódź', '日本語', '🚀', 'a & b'),
);
const raw = fc.array(piece, { minLength: 1, maxLength: 6 }).map((parts) => parts.join(''));

/** Text as a stored session holds it: what our importers' own clean-up leaves unchanged. */
function storedForm(clean: (text: string) => string | null) {
  return raw.map((text) => clean(text)).filter((text): text is string => text !== null && clean(text) === text);
}
const line = storedForm((t) => cleanText(plainText(t)));
const paragraphs = storedForm((t) => plainText(t));
// Names are split on , ; | & and line breaks; companies on ; and line breaks.
const name = line.filter((t) => !/[;,|\n]|\s&\s/.test(t));
const company = line.filter((t) => !/[;\n]/.test(t));

const session: fc.Arbitrary<ExportSession> = fc
  .record({
    title: line,
    start: instant,
    minutes: fc.option(fc.integer({ min: 0, max: 600 }), { nil: null }),
    when: fc.constantFrom('timed', 'timed', 'timed', 'day', 'none'),
    zone: fc.constantFrom(...ZONES),
    room: fc.option(line, { nil: null }),
    track: fc.option(line, { nil: null }),
    event: fc.option(line, { nil: null }),
    abstract: fc.option(paragraphs, { nil: null }),
    url: fc.option(fc.webUrl(), { nil: null }),
    speakers: fc.uniqueArray(fc.record({ name, affiliation: fc.option(company, { nil: null }) }), {
      maxLength: 3,
      selector: (s) => s.name.toLowerCase(),
    }),
    removed: fc.boolean(),
  })
  .map((r) => {
    const iso = new Date(r.start).toISOString();
    const timed = r.when === 'timed';
    return normalizeRecord({
      ...record({ sessionKey: 'placeholder' }),
      title: r.title,
      url: r.url,
      event: r.event,
      track: r.track,
      start: timed ? iso : null,
      end: timed && r.minutes !== null ? new Date(r.start + r.minutes * 60_000).toISOString() : null,
      date: r.when === 'none' ? null : dayInZone(iso, r.zone),
      timeZone: r.zone,
      room: r.room,
      speakers: r.speakers,
      abstract: r.abstract,
      ...(r.removed ? { status: 'removed' as const } : {}),
    });
  });

const catalogue = fc
  .array(session, { minLength: 1, maxLength: 8 })
  .map((sessions) => sessions.map((s, i) => ({ ...s, sessionKey: `k${i}:${s.title.length}` })));

/** What frab carries: instants and names (no zone of its own per event, no affiliations, no untimed events). */
function frabView(s: SessionRecord) {
  const { title, start, end, room, track, url, abstract, speakers } = comparable(s, { affiliations: false });
  return { title, start, end: end ?? start! + 30 * 60_000, room, track, url, abstract, speakers };
}

function frabRoundTrip(sessions: ExportSession[], text: string, name: string) {
  const back = parseSchedule(text, { file: name, location: `/x/${name}` });
  expect(back.problems).toEqual([]);
  const byId = new Map(back.batch.sessions.map((s) => [s.sessionKey, normalizeRecord(s)]));
  const written = sessions.filter((s) => s.start && s.status !== 'removed');
  expect(byId.size).toBe(written.length);
  for (const s of written) expect(frabView(byId.get(`frab:${sessionGuid(s.sessionKey)}`)!)).toEqual(frabView(s));
}

describe('schedule writers under random sessions', () => {
  it('CSV → our CSV importer gives every session back exactly, in order', { timeout: 60_000 }, () => {
    fc.assert(
      fc.property(catalogue, (sessions) => {
        const back = parseSchedule(sessionsCsv(sessions), { file: 'x.csv', location: '/x/x.csv', format: 'csv' });
        expect(back.problems).toEqual([]);
        const kept = sessions.filter((s) => s.status !== 'removed');
        expect(back.batch.sessions.map((s) => comparable(normalizeRecord(s)))).toEqual(kept.map((s) => comparable(s)));
        expect(back.batch.cancelled).toHaveLength(sessions.length - kept.length);
      }),
      { numRuns: RUNS, seed: 1717 },
    );
  });

  it('schedule.json passes the c3voc schema and reads back as the same timed sessions', { timeout: 60_000 }, (ctx) => {
    requireJsonSchema(ctx);
    fc.assert(
      fc.property(catalogue, (sessions) => {
        const built = buildConference(sessions, { title: 'Random Con', acronym: 'random_con' });
        fc.pre(built.eventCount > 0);
        const text = scheduleJson(built.conference);
        expect(scheduleJsonErrors(text)).toEqual([]);
        frabRoundTrip(sessions, text, 'x.json');
      }),
      { numRuns: RUNS, seed: 1718 },
    );
  });

  it('schedule.xml passes the c3voc XSD and reads back as the same timed sessions', { timeout: 60_000 }, (ctx) => {
    requireXmllint(ctx);
    fc.assert(
      fc.property(catalogue, (sessions) => {
        const built = buildConference(sessions, { title: 'Random Con', acronym: 'random_con' });
        fc.pre(built.eventCount > 0);
        const text = frabXml(built.conference);
        expect(scheduleXmlErrors(text)).toEqual([]);
        frabRoundTrip(sessions, text, 'x.xml');
      }),
      { numRuns: XML_RUNS, seed: 1719 },
    );
  });
});

// Sessions the KubeCon export does not have: across daylight-saving changes, untimed, removed, longer
// than frab can say, without a room or a link, with formulas, separators and any Unicode in their text.
// Every export still passes the c3voc validators and reads back through our importers.
import { describe, expect, it } from 'vitest';
import { buildConference, type ExportSession } from '../../../../src/core/export/conference-model';
import { sessionsCsv } from '../../../../src/core/export/csv';
import { frabXml } from '../../../../src/core/export/frab-xml';
import { scheduleJson } from '../../../../src/core/export/schedule-json';
import { parseSchedule } from '../../../../src/core/importers/parse-schedule';
import { normalizeRecord } from '../../../../src/core/store/normalize-record';
import type { SessionRecord } from '../../../../src/shared/types';
import { AUTUMN_DST, DAY_ONLY, NO_DAY, SPRING_DST } from '../../../support/agenda-db';
import {
  requireJsonSchema,
  requireXmllint,
  scheduleJsonErrors,
  scheduleXmlErrors,
} from '../../../support/c3voc-validators';
import { comparable } from '../../../support/kubecon-eu-2026';

const EVENT = 'Night Owls Unconference 2026';

const base: ExportSession = { ...SPRING_DST, event: EVENT, status: 'active' };
const timed: ExportSession[] = [
  { ...base },
  { ...AUTUMN_DST, event: EVENT, status: 'active' },
  {
    ...base,
    sessionKey: 'formula',
    title: '=HYPERLINK("http://evil.example","click") +1',
    start: '2026-03-30T09:00:00+02:00',
    end: '2026-03-30T09:00:00+02:00',
    date: '2026-03-30',
    room: null,
    track: null,
    url: null,
    abstract: '- first point\n- second point\n\n@everyone: "quoted", latency < 10 ms & > 5 ms, <3',
    speakers: [
      { name: '@maya', affiliation: 'Chronosphere | A Palo Alto Networks Company' },
      { name: 'Bo Chen', affiliation: null },
    ],
  },
  {
    ...base,
    sessionKey: 'no-end',
    title: '🚀🚀🚀',
    start: '2026-03-30T10:00:00+02:00',
    end: null,
    date: '2026-03-30',
    kind: 'lightning',
    speakers: [],
    abstract: null,
  },
];
const leftOut: ExportSession[] = [
  { ...DAY_ONLY, event: EVENT, status: 'active' },
  { ...NO_DAY, event: EVENT, status: 'active' },
  { ...base, sessionKey: 'dropped', title: 'Dropped by the organizers', status: 'removed' },
  {
    ...base,
    sessionKey: 'all-week',
    title: 'Sponsor hall, all week',
    start: '2026-03-23T08:00:00+01:00',
    end: '2026-03-27T18:00:00+01:00',
    date: '2026-03-23',
  },
];
const sessions = [...timed, ...leftOut];

function conference() {
  return buildConference(sessions, { title: EVENT, acronym: 'night_owls_2026' });
}

function byTitle(records: SessionRecord[]) {
  return new Map(records.map((r) => [r.title, normalizeRecord(r)]));
}

/** What frab can carry: the writer's 30 minute slot for a start without an end, names without affiliations. */
function asFrab(session: ExportSession) {
  const start = Date.parse(session.start!);
  return {
    ...comparable(session, { affiliations: false }),
    end: session.end === null ? start + 30 * 60_000 : Date.parse(session.end),
    url: session.url,
  };
}

describe('awkward sessions in frab and c3voc exports', () => {
  it('writes the timed ones and counts each left-out one by its reason', () => {
    expect(conference()).toMatchObject({
      eventCount: 4,
      skippedNoDay: 1,
      skippedNoTime: 1,
      skippedRemoved: 1,
      skippedTooLong: 1,
    });
  });

  it('schedule.json passes the c3voc schema and reads back as the same sessions', (ctx) => {
    requireJsonSchema(ctx);
    const text = scheduleJson(conference().conference);
    expect(scheduleJsonErrors(text)).toEqual([]);
    const back = parseSchedule(text, { file: 'night.json', location: '/x/night.json' });
    expect(back.problems).toEqual([]);
    expect(back.timeZone).toBe('Europe/Amsterdam');
    const read = byTitle(back.batch.sessions);
    expect(read.size).toBe(timed.length);
    for (const session of timed)
      expect(comparable(read.get(session.title)!, { affiliations: false })).toEqual(asFrab(session));
  });

  it('schedule.xml passes the c3voc XSD and reads back as the same sessions, even with characters XML cannot hold', (ctx) => {
    requireXmllint(ctx);
    const withBell = [
      ...timed,
      { ...base, sessionKey: 'bell', title: 'Bell\u0007 ringing', start: '2026-03-30T11:00:00+02:00' },
    ];
    const text = frabXml(buildConference(withBell, { title: EVENT, acronym: 'night_owls_2026' }).conference);
    expect(scheduleXmlErrors(text)).toEqual([]);
    const back = parseSchedule(text, { file: 'night.xml', location: '/x/night.xml' });
    expect(back.problems).toEqual([]);
    const read = byTitle(back.batch.sessions);
    for (const session of timed)
      expect(comparable(read.get(session.title)!, { affiliations: false })).toEqual(asFrab(session));
    expect(read.has('Bell ringing')).toBe(true);
  });

  it('gives events without a room the room "" and without a web page no url (XML) or the guid URN (JSON)', () => {
    const { conference: c } = conference();
    const formula = c.days.flatMap((d) => d.rooms).find((r) => r.events.some((e) => e.title.startsWith('=HYPERLINK')));
    expect(formula?.name).toBe('');
    const json = JSON.parse(scheduleJson(c)) as {
      schedule: { conference: { days: { rooms: Record<string, { guid: string; url: string }[]> }[] } };
    };
    const event = json.schedule.conference.days.flatMap((d) => d.rooms[''] ?? [])[0]!;
    expect(event.url).toBe(`urn:uuid:${event.guid}`);
  });
});

describe('awkward sessions in CSV', () => {
  it('writes every session, untimed and removed ones too, and reads them all back exactly', () => {
    const text = sessionsCsv(sessions);
    expect(text).toContain('"\'=HYPERLINK(""http://evil.example"",""click"") +1"');
    expect(text).toContain('2026-03-25 TBA');
    // 02:30 on the night clocks go back happens twice: both keep their offset (a bare wall-clock time
    // says neither to a spreadsheet, and reads as the first here).
    const twice = sessionsCsv([{ ...AUTUMN_DST, start: '2026-10-25T02:30:00+02:00' }]);
    expect(twice).toContain('2026-10-25 02:30+02:00');
    expect(parseSchedule(twice, { file: 'dst.csv', location: '/x/dst.csv' }).batch.sessions[0]!.start).toBe(
      '2026-10-25T02:30:00+02:00',
    );
    const back = parseSchedule(text, { file: 'night.csv', location: '/x/night.csv' });
    expect(back.problems).toEqual([]);
    const read = byTitle(back.batch.sessions);
    const kept = sessions.filter((s) => s.status !== 'removed');
    expect(read.size).toBe(kept.length);
    for (const session of kept)
      expect(comparable(read.get(session.title)!), session.title).toEqual(comparable(session));
    expect(back.batch.cancelled).toEqual(['csv:Night Owls Unconference 2026:dropped']);
  });
});

import { describe, expect, it } from 'vitest';
import { parseSchedule } from '../../../../src/core/importers/parse-schedule';
import { toUtcIso } from '../../../../src/core/time/zoned';
import { readSchedule } from './schedule-helpers';

const opts = (file: string, extra = {}) => ({ file, location: `/tmp/${file}`, ...extra });
const utc = (value: string | null) => (value ? toUtcIso(value) : null);

describe('format variations beyond the shared files', () => {
  it('iCalendar with TZID and VTIMEZONE, floating times, all-day entries, DURATION and cancelled events', () => {
    const ics = [
      'BEGIN:VCALENDAR',
      'VERSION:2.0',
      'PRODID:-//Example//EN',
      'X-WR-CALNAME:DevConf',
      'BEGIN:VTIMEZONE',
      'TZID:Europe/Berlin',
      'END:VTIMEZONE',
      'BEGIN:VEVENT',
      'UID:a@example',
      'DTSTART;TZID=Europe/Berlin:20260601T093000',
      'DTEND;TZID=Europe/Berlin:20260601T100000',
      'SUMMARY:Opening keynote',
      'CATEGORIES:Keynote',
      'LOCATION:Main hall',
      'END:VEVENT',
      'BEGIN:VEVENT',
      'UID:b@example',
      'DTSTART:20260601T110000',
      'DURATION:PT45M',
      'SUMMARY:Floating time talk',
      'END:VEVENT',
      'BEGIN:VEVENT',
      'UID:c@example',
      'DTSTART;VALUE=DATE:20260602',
      'SUMMARY:Hackathon day',
      'END:VEVENT',
      'BEGIN:VEVENT',
      'UID:d@example',
      'DTSTART:20260601T120000Z',
      'STATUS:CANCELLED',
      'SUMMARY:Dropped talk',
      'END:VEVENT',
      'END:VCALENDAR',
      '',
    ].join('\r\n');
    const withoutZone = parseSchedule(ics, opts('dev.ics'));
    expect(withoutZone.problems).toEqual([
      { where: 'dev.ics:16 DTSTART', message: 'floating time "2026-06-01T11:00:00" and no time zone: pass --tz' },
    ]);
    const parsed = parseSchedule(ics, opts('dev.ics', { timeZone: 'Europe/Berlin' }));
    expect(parsed.problems).toEqual([]);
    expect(parsed.event).toBe('DevConf');
    const [keynote, floating, allDay] = parsed.batch.sessions;
    expect(keynote).toMatchObject({
      sessionKey: 'ical:a@example',
      kind: 'keynote',
      room: 'Main hall',
      start: '2026-06-01T09:30:00+02:00',
    });
    expect([utc(floating!.start), utc(floating!.end)]).toEqual(['2026-06-01T09:00:00Z', '2026-06-01T09:45:00Z']);
    expect(allDay).toMatchObject({ date: '2026-06-02', start: null });
    expect(parsed.batch.cancelled).toEqual(['ical:d@example']);
  });

  it('Pentabarf without <date>: day date + start, after-midnight slots on the next day', () => {
    const xml = `<?xml version="1.0"?>
<schedule>
  <conference><acronym>tiny</acronym><title>Tiny Conf</title><day_change>06:00</day_change><time_zone_name>Europe/Brussels</time_zone_name></conference>
  <day index="1" date="2024-02-03">
    <room name="H.1302">
      <event id="7"><start>23:30</start><duration>01:00</duration><title>Late talk</title><type>devroom</type>
        <persons><person id="1">Ann</person></persons></event>
      <event id="8"><start>01:00</start><duration>00:20</duration><title>After midnight</title></event>
    </room>
  </day>
</schedule>`;
    const parsed = parseSchedule(xml, opts('tiny.xml', { format: 'pentabarf' }));
    expect(parsed.problems).toEqual([]);
    expect(parsed.batch.sessions.map((s) => [s.sessionKey, s.title, utc(s.start), utc(s.end), s.room, s.date])).toEqual(
      [
        ['frab:tiny:7', 'Late talk', '2024-02-03T22:30:00Z', '2024-02-03T23:30:00Z', 'H.1302', '2024-02-03'],
        ['frab:tiny:8', 'After midnight', '2024-02-04T00:00:00Z', '2024-02-04T00:20:00Z', 'H.1302', '2024-02-04'],
      ],
    );
    expect(parsed.batch.sessions[0]!.speakers).toEqual([{ name: 'Ann', affiliation: null }]);
  });

  it('Sessionize view/Sessions and view/Speakers give the same talks as view/All', () => {
    const all = JSON.parse(readSchedule('sessionize-scottishsummit-2026-viewAll.json')) as {
      sessions: { id: string; speakers: string[]; roomId: number; categoryItems: number[] }[];
      speakers: { id: string; fullName: string; sessions: number[] }[];
      rooms: { id: number; name: string }[];
      categories: { title: string; items: { id: number; name: string }[] }[];
    };
    const speakerName = new Map(all.speakers.map((s) => [s.id, s.fullName]));
    const room = new Map(all.rooms.map((r) => [r.id, r.name]));
    const items = all.categories.flatMap((c) => c.items.map((i) => ({ ...i, group: c.title })));
    const viewSessions = [
      {
        groupId: null,
        groupName: 'All',
        sessions: all.sessions.map((s) => ({
          ...s,
          speakers: s.speakers.map((id) => ({ id, name: speakerName.get(id) })),
          room: room.get(s.roomId),
          categories: all.categories.map((c) => ({
            name: c.title,
            categoryItems: items
              .filter((i) => i.group === c.title && s.categoryItems.includes(i.id))
              .map(({ id, name }) => ({ id, name })),
          })),
        })),
      },
    ];
    const fromAll = parseSchedule(JSON.stringify(all), opts('all.json', { timeZone: 'Europe/London' })).batch.sessions;
    const fromSessions = parseSchedule(
      JSON.stringify(viewSessions),
      opts('sessions.json', { timeZone: 'Europe/London' }),
    ).batch.sessions;
    const shape = (s: (typeof fromAll)[number]) => [
      s.sessionKey,
      s.title,
      s.start,
      s.room,
      s.track,
      s.kind,
      s.speakers.map((p) => p.name),
    ];
    expect(fromSessions.map(shape)).toEqual(fromAll.map(shape));

    const speakersView = all.speakers.map((s) => ({
      ...s,
      sessions: s.sessions.map((id) => ({ id, name: all.sessions.find((x) => x.id === String(id))?.id })),
    }));
    const fromSpeakers = parseSchedule(JSON.stringify(speakersView), opts('speakers.json')).batch.sessions;
    expect(fromSpeakers.length).toBe(new Set(all.speakers.flatMap((s) => s.sessions)).size);
  });

  it('CSV: US dates with AM/PM, separate date and time columns, durations, semicolons', () => {
    const csv = 'Date;Time;Length;Title;Speaker;Company\n5/3/2019;2:00 PM;45;Afternoon talk;Jane Doe;Acme\n';
    const parsed = parseSchedule(csv, opts('us.csv', { timeZone: 'America/Detroit' }));
    expect(parsed.problems).toEqual([]);
    expect(parsed.batch.sessions.map((s) => [s.title, utc(s.start), utc(s.end), s.speakers])).toEqual([
      ['Afternoon talk', '2019-05-03T18:00:00Z', '2019-05-03T18:45:00Z', [{ name: 'Jane Doe', affiliation: 'Acme' }]],
    ]);
  });
});

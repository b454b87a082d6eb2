// Writes the c3voc schedule.json (frab's JSON) that Giggity, EventFahrplan and the c3voc tools read.
import type { Conference, FrabEvent } from './conference-model';

export const SCHEDULE_JSON_SCHEMA = 'https://c3voc.de/schedule/schema.json';

/** The JSON schema allows only `Area/City`-like names and UTC; any other zone is left to the offsets. */
const SCHEMA_ZONE = /^([A-Z][a-z]+\/[A-Z][a-z]+)|UTC$/;

function eventJson(e: FrabEvent): Record<string, unknown> {
  return {
    guid: e.guid,
    id: e.id,
    date: e.date,
    start: e.start,
    duration: e.duration,
    room: e.room,
    slug: e.slug,
    // Required by the schema: without a web page, the guid's URN names the event.
    url: e.url ?? `urn:uuid:${e.guid}`,
    title: e.title,
    subtitle: null,
    track: e.track,
    type: e.type,
    language: null,
    abstract: e.abstract,
    description: null,
    // `name` (pretalx style) and `public_name` (frab style, what older readers look for); no numeric
    // id, so the schema's one-of sees a pretalx person only.
    persons: e.persons.map((p) => ({ name: p.name, public_name: p.name, guid: p.guid })),
    links: e.links.map((l) => ({ url: l.url, title: l.title, type: l.type })),
  };
}

export function scheduleJson(conference: Conference): string {
  const c = conference;
  const document = {
    $schema: SCHEDULE_JSON_SCHEMA,
    generator: { name: 'kubeplan' },
    schedule: {
      version: c.version,
      conference: {
        acronym: c.acronym,
        title: c.title,
        start: c.start,
        end: c.end,
        daysCount: c.days.length,
        timeslot_duration: c.timeslotDuration,
        ...(SCHEMA_ZONE.test(c.timeZone) ? { time_zone_name: c.timeZone } : {}),
        ...(c.url ? { url: c.url } : {}),
        tracks: c.tracks,
        rooms: c.rooms,
        days: c.days.map((day) => ({
          index: day.index,
          date: day.date,
          day_start: day.start,
          day_end: day.end,
          rooms: Object.fromEntries(day.rooms.map((room) => [room.name, room.events.map(eventJson)])),
        })),
      },
    },
  };
  return `${JSON.stringify(document, null, 2)}\n`;
}

// Writes frab's schedule.xml (the c3voc XML schema) for Giggity, EventFahrplan, ConfClerk and the c3voc tools.
import { XMLBuilder } from 'fast-xml-parser';
import type { Conference, FrabEvent } from './conference-model';

export const SCHEDULE_XSD = 'https://c3voc.de/schedule/schema.xsd';

const builder = new XMLBuilder({
  ignoreAttributes: false,
  attributeNamePrefix: '@',
  textNodeName: '#text',
  format: true,
  indentBy: '  ',
  processEntities: true,
  suppressEmptyNode: false,
});

/** Characters XML 1.0 cannot carry at all, even escaped (C0 controls but tab and newlines, U+FFFE/F, lone surrogates). */
const NOT_XML =
  // eslint-disable-next-line no-control-regex -- matching those control characters is the point
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

function xmlText(text: string | null): string {
  return (text ?? '').replace(NOT_XML, '');
}

function eventXml(e: FrabEvent): Record<string, unknown> {
  return {
    '@guid': e.guid,
    '@id': e.id,
    date: e.date,
    start: e.start,
    duration: e.duration,
    room: xmlText(e.room),
    slug: e.slug,
    ...(e.url ? { url: xmlText(e.url) } : {}),
    title: xmlText(e.title),
    track: xmlText(e.track),
    type: e.type,
    abstract: xmlText(e.abstract),
    persons: { person: e.persons.map((p) => ({ '@guid': p.guid, '#text': xmlText(p.name) })) },
    links: {
      link: e.links.map((l) => ({ '@href': xmlText(l.url), '@type': l.type, '#text': l.title })),
    },
  };
}

export function frabXml(conference: Conference): string {
  const c = conference;
  const document = {
    '?xml': { '@version': '1.0', '@encoding': 'UTF-8' },
    schedule: {
      '@xmlns:xsi': 'http://www.w3.org/2001/XMLSchema-instance',
      '@xsi:noNamespaceSchemaLocation': SCHEDULE_XSD,
      generator: { '@name': 'kubeplan' },
      version: c.version,
      conference: {
        acronym: c.acronym,
        title: xmlText(c.title),
        start: c.start,
        end: c.end,
        days: c.days.length,
        timeslot_duration: c.timeslotDuration,
        time_zone_name: c.timeZone,
        ...(c.url ? { url: c.url } : {}),
        track: c.tracks.map((t) => ({ '@name': xmlText(t.name), '@slug': t.slug })),
      },
      day: c.days.map((day) => ({
        '@index': day.index,
        '@date': day.date,
        '@start': day.start,
        '@end': day.end,
        room: day.rooms.map((room) => ({
          '@name': xmlText(room.name),
          '@guid': room.guid,
          event: room.events.map(eventXml),
        })),
      })),
    },
  };
  return `${builder.build(document) as string}`;
}

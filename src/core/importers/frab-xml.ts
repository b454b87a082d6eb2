// Imports frab / pretalx schedule.xml (c3voc schema) and Pentabarf XML (FOSDEM): <schedule><day><room><event>.
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { KubeplanError } from '../../shared/errors';
import type { ParsedSchedule, SessionRecord } from '../../shared/types';
import { cleanText } from '../text/normalize';
import { frabRecord, frabSchedule, type FrabConference } from './frab-event';
import type { ImportOptions } from './import-options';
import { ProblemLog, checkZone } from './schedule-record';

type Node = Record<string, unknown>;
const ARRAYS = new Set([
  'schedule.day',
  'schedule.day.room',
  'schedule.day.room.event',
  'schedule.day.room.event.persons.person',
]);

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@',
  textNodeName: '#text',
  parseTagValue: false,
  parseAttributeValue: false,
  trimValues: true,
  isArray: (_name, jpath) => ARRAYS.has(String(jpath)),
});

function text(value: unknown): string | null {
  if (value == null) return null;
  if (typeof value === 'string' || typeof value === 'number') return cleanText(String(value));
  if (typeof value === 'object' && '#text' in (value as Node)) return text((value as Node)['#text']);
  return null;
}

/** Abstracts and descriptions keep their line breaks (paragraphs); frabRecord's plainText tidies the spaces. */
function longText(value: unknown): string | null {
  if (value == null) return null;
  if (typeof value === 'string' || typeof value === 'number') return String(value);
  if (typeof value === 'object' && '#text' in (value as Node)) return longText((value as Node)['#text']);
  return null;
}

/** Line of every <event> start tag in document order, so problems point into the file. */
function eventLines(source: string): number[] {
  const lines: number[] = [];
  let line = 1;
  let last = 0;
  for (const match of source.matchAll(/<event[\s>]/g)) {
    for (let i = last; i < match.index; i++) if (source.charCodeAt(i) === 10) line++;
    last = match.index;
    lines.push(line);
  }
  return lines;
}

export function parseFrabXml(source: string, options: ImportOptions, format: 'frab-xml' | 'pentabarf'): ParsedSchedule {
  const { file } = options;
  const log = new ProblemLog();
  const valid = XMLValidator.validate(source);
  if (valid !== true) {
    throw new KubeplanError('parse-error', `malformed XML (truncated?): ${valid.err.msg}`, `${file}:${valid.err.line}`);
  }
  const doc = parser.parse(source) as Node;
  const schedule = doc.schedule as Node | undefined;
  if (!schedule || !Array.isArray(schedule.day)) {
    throw new KubeplanError('parse-error', 'not a frab/Pentabarf schedule: no <schedule><day> elements', file);
  }
  const conference = (schedule.conference ?? {}) as Node;
  const conf: FrabConference = {
    acronym: text(conference.acronym),
    title: options.event ?? text(conference.title) ?? text(conference.acronym),
    timeZone:
      options.timeZone ?? checkZone(text(conference.time_zone_name), `${file} <conference><time_zone_name>`, log),
  };
  const dayChange = text(conference.day_change);
  const lines = eventLines(source);
  let index = 0;
  const rows: { record: SessionRecord; where: string }[] = [];
  for (const day of schedule.day as Node[]) {
    for (const room of (day.room ?? []) as Node[]) {
      for (const e of (room.event ?? []) as Node[]) {
        const where = `${file}:${lines[index++] ?? '?'} <event id="${text(e['@id']) ?? ''}">`;
        const persons = (((e.persons ?? {}) as Node).person ?? []) as unknown[];
        const record = frabRecord(
          {
            id: text(e['@id']),
            guid: text(e['@guid']),
            date: text(e.date),
            dayDate: text(day['@date']),
            start: text(e.start),
            dayChange,
            duration: text(e.duration),
            room: text(e.room) ?? text(room['@name']),
            title: text(e.title),
            subtitle: text(e.subtitle),
            track: text(e.track),
            type: text(e.type),
            abstract: longText(e.abstract),
            description: longText(e.description),
            persons: persons.map((p) => ({ name: text(p) ?? '', affiliation: null })),
            url: text(e.url),
          },
          conf,
          where,
          log,
        );
        if (record) rows.push({ record, where });
      }
    }
  }
  return frabSchedule(format, conf, rows, log, options.location);
}

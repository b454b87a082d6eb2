// Imports frab / pretalx schedule.json in the c3voc schema (schedule.conference.days[].rooms{name: events[]}).
import { errorMessage, KubeplanError } from '../../shared/errors';
import type { ParsedSchedule, SessionRecord } from '../../shared/types';
import { cleanText } from '../text/normalize';
import { frabRecord, frabSchedule, type FrabConference } from './frab-event';
import type { ImportOptions } from './import-options';
import { ProblemLog, checkZone } from './schedule-record';

type Json = Record<string, unknown>;

function str(value: unknown): string | null {
  if (typeof value === 'number') return String(value);
  return typeof value === 'string' ? value : null;
}

export function parseFrabJson(source: string, options: ImportOptions): ParsedSchedule {
  const { file } = options;
  const log = new ProblemLog();
  let json: Json;
  try {
    json = JSON.parse(source.replace(/^\uFEFF/, '')) as Json;
  } catch (error) {
    throw new KubeplanError('parse-error', `not valid JSON (truncated?): ${errorMessage(error)}`, file);
  }
  const schedule = json?.schedule as Json | undefined;
  const conference = schedule?.conference as Json | undefined;
  if (!conference || !Array.isArray(conference.days)) {
    throw new KubeplanError('parse-error', 'not a frab/pretalx schedule.json: missing schedule.conference.days', file);
  }
  const conf: FrabConference = {
    acronym: cleanText(str(conference.acronym)),
    title: options.event ?? cleanText(str(conference.title)) ?? cleanText(str(conference.acronym)),
    timeZone:
      options.timeZone ??
      checkZone(str(conference.time_zone_name), `${file} $.schedule.conference.time_zone_name`, log),
  };
  const rows: { record: SessionRecord; where: string }[] = [];
  (conference.days as Json[]).forEach((day, d) => {
    const rooms = (day?.rooms ?? {}) as Record<string, Json[]>;
    for (const [roomName, events] of Object.entries(rooms)) {
      if (!Array.isArray(events)) continue;
      const roomPath = `${file} $.schedule.conference.days[${d}].rooms[${JSON.stringify(roomName)}]`;
      events.forEach((e, i) => {
        const where = `${roomPath}[${i}]`;
        const persons = Array.isArray(e.persons) ? (e.persons as Json[]) : [];
        const record = frabRecord(
          {
            id: str(e.id),
            guid: str(e.guid),
            date: str(e.date),
            dayDate: str(day.date),
            start: str(e.start),
            dayChange: null,
            duration: str(e.duration),
            room: str(e.room) ?? roomName,
            title: str(e.title),
            subtitle: str(e.subtitle),
            track: str(e.track),
            type: str(e.type),
            abstract: str(e.abstract),
            description: str(e.description),
            persons: persons.map((p) => ({
              name: cleanText(str(p.public_name) ?? str(p.name) ?? str(p.full_public_name)) ?? '',
              affiliation: null,
            })),
            url: str(e.url),
          },
          conf,
          where,
          log,
        );
        if (record) rows.push({ record, where });
      });
    }
  });
  return frabSchedule('frab-json', conf, rows, log, options.location);
}

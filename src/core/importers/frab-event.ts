// Turns one frab/pretalx/Pentabarf event (from JSON or XML) into a SessionRecord; both formats share this model.
import type { ParsedSchedule, ScheduleFormat, SessionRecord, SpeakerRef } from '../../shared/types';
import { cleanText } from '../text/normalize';
import { dayInZone } from '../time/zoned';
import {
  addDuration,
  blankRecord,
  classifyKind,
  dropDuplicateIds,
  fieldText,
  plainText,
  zonedTime,
  type ProblemLog,
} from './schedule-record';

export interface FrabEvent {
  id: string | null;
  guid: string | null;
  /** ISO date-time with offset (c3voc) or null (old Pentabarf: day date + start). */
  date: string | null;
  dayDate: string | null;
  /** "HH:MM" wall-clock start. */
  start: string | null;
  dayChange: string | null;
  duration: string | null;
  room: string | null;
  title: string | null;
  subtitle: string | null;
  track: string | null;
  type: string | null;
  abstract: string | null;
  description: string | null;
  persons: SpeakerRef[];
  url: string | null;
}

export interface FrabConference {
  acronym: string | null;
  title: string | null;
  timeZone: string | null;
}

/** Pentabarf schedules without <date> give only HH:MM; times before day_change belong to the next calendar day. */
function wallClockStart(e: FrabEvent, zone: string | null, where: string, log: ProblemLog): string | null {
  if (!e.dayDate || !e.start || !/^\d{1,2}:\d{2}/.test(e.start)) return null;
  const [h, m] = e.start.split(':').map(Number) as [number, number];
  let day = e.dayDate.slice(0, 10);
  const change = e.dayChange ? Number(e.dayChange.split(':')[0]) : 0;
  if (change > 0 && h < change) {
    const next = new Date(`${day}T00:00:00Z`);
    next.setUTCDate(next.getUTCDate() + 1);
    day = next.toISOString().slice(0, 10);
  }
  return zonedTime(`${day}T${String(h).padStart(2, '0')}:${String(m).padStart(2, '0')}`, zone, `${where} start`, log);
}

export function frabRecord(e: FrabEvent, conf: FrabConference, where: string, log: ProblemLog): SessionRecord | null {
  const title = fieldText(e.title);
  if (!title) {
    log.add(`${where} title`, 'event has no title');
    return null;
  }
  const key = e.guid ?? (e.id ? `${conf.acronym ?? 'frab'}:${e.id}` : null);
  if (!key) {
    log.add(`${where} id`, 'event has neither guid nor id');
    return null;
  }
  const zone = conf.timeZone;
  const start = e.date ? zonedTime(e.date, zone, `${where} date`, log) : wallClockStart(e, zone, where, log);
  if (!start) {
    log.add(
      `${where} ${e.date ? 'date' : 'start'}`,
      `cannot read start "${e.date ?? `${e.dayDate ?? '?'} ${e.start ?? '?'}`}"${zone ? '' : ' (no time zone: pass --tz)'}`,
    );
    return null;
  }
  const end = addDuration(start, e.duration, zone);
  if (e.duration && !end) log.add(`${where} duration`, `cannot read duration "${e.duration}"`);
  const subtitle = fieldText(e.subtitle);
  return {
    ...blankRecord(e.guid ? `frab:${e.guid}` : `frab:${key}`, title),
    url: cleanText(e.url),
    kind: classifyKind(title, [e.type, e.track]),
    event: conf.title,
    track: fieldText(e.track),
    start,
    end,
    date: dayInZone(start, zone),
    timeZone: zone,
    room: fieldText(e.room),
    speakers: e.persons
      .map((p) => ({ name: fieldText(p.name) ?? '', affiliation: fieldText(p.affiliation) }))
      .filter((p) => p.name),
    abstract: plainText([subtitle, e.abstract, e.description].filter(Boolean).join('\n\n')),
  };
}

/**
 * The parsed schedule both frab readers return. The conference acronym names the source, so a newer
 * download saved under another file name updates the same schedule.
 */
export function frabSchedule(
  format: ScheduleFormat,
  conf: FrabConference,
  rows: { record: SessionRecord; where: string }[],
  log: ProblemLog,
  location: string,
): ParsedSchedule {
  return {
    format,
    event: conf.title,
    timeZone: conf.timeZone,
    batch: {
      source: { kind: 'schedule', location: conf.acronym ? `frab:${conf.acronym}` : location, title: conf.title },
      sessions: dropDuplicateIds(rows, log).map((r) => r.record),
    },
    problems: log.problems,
    warnings: log.warnings,
  };
}

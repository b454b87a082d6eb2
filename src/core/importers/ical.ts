// Imports iCalendar (.ics) schedules: any calendar, with Sched's all.ics conventions (speakers in SUMMARY, sched ids).
import ICAL from 'ical.js';
import { errorMessage, KubeplanError } from '../../shared/errors';
import type { ParsedSchedule, SessionRecord } from '../../shared/types';
import { eventFromSubdomain, parseSchedLink } from '../feed/sched-ids';
import { dayInZone, isValidTimeZone } from '../time/zoned';
import type { ImportOptions } from './import-options';
import { keySharedUids } from './ical-keys';
import { applyOwnEntry, readOwnEntry } from './ical-own';
import { calendarOwners, peopleOf } from './ical-people';
import { parseSchedSummary, schedEvidence } from './sched-summary';
import {
  ProblemLog,
  blankRecord,
  checkZone,
  classifyKind,
  dropDuplicateIds,
  fieldText,
  plainText,
  quote,
  toZonedIso,
  zonedTime,
} from './schedule-record';

type Component = InstanceType<typeof ICAL.Component>;

function rawText(component: Component, name: string): string | null {
  const value = component.getFirstPropertyValue(name);
  return typeof value === 'string' ? value : value == null ? null : String(value);
}

function text(component: Component, name: string): string | null {
  return fieldText(rawText(component, name));
}

/** The raw value and TZID of DTSTART/DTEND, without ical.js's own zone handling. */
function rawTime(component: Component, name: string): { value: string; tzid: string | null; date: boolean } | null {
  const prop = component.getFirstProperty(name);
  if (!prop) return null;
  const json = prop.toJSON() as [string, Record<string, string>, string, string];
  return { value: String(json[3]), tzid: json[1].tzid ?? null, date: json[2] === 'date' };
}

/** ", Amsterdam, Netherlands" when most LOCATIONs end with it: the venue, not the room. */
function commonVenueSuffix(locations: string[]): string | null {
  const counts = new Map<string, number>();
  for (const location of locations) {
    const parts = location.split(', ');
    if (parts.length >= 3) {
      const suffix = `, ${parts.slice(-2).join(', ')}`;
      counts.set(suffix, (counts.get(suffix) ?? 0) + 1);
    }
  }
  const [best] = [...counts.entries()].sort((a, b) => b[1] - a[1]);
  return best && best[1] >= locations.length * 0.3 ? best[0] : null;
}

/**
 * The IANA zone of the venue's city ("…, Amsterdam, Netherlands" → Europe/Amsterdam), for exports
 * like Sched's that give every time in UTC and name no zone: attendees read times in local time.
 */
function zoneOfVenue(suffix: string | null): string | null {
  if (!suffix) return null;
  const words = suffix
    .split(',')
    .map((part) => part.trim().toLowerCase())
    .filter(Boolean);
  for (const zone of Intl.supportedValuesOf('timeZone')) {
    const city = zone.split('/').pop()!.replace(/_/g, ' ').toLowerCase();
    if (words.includes(city)) return zone;
  }
  return null;
}

/** The zone an entry's start names (TZID), when it is a real one: our export writes each session's own. */
function sessionZone(vevent: Component): string | null {
  const tzid = rawTime(vevent, 'dtstart')?.tzid;
  return tzid && isValidTimeZone(tzid) ? tzid : null;
}

/** Line numbers of each BEGIN:VEVENT, so problems can point into the file. */
function eventLines(source: string): number[] {
  const lines: number[] = [];
  source.split(/\r?\n/).forEach((line, index) => {
    if (/^BEGIN:VEVENT/i.test(line)) lines.push(index + 1);
  });
  return lines;
}

/**
 * "Marina Moore, Research Scientist" names no company, but her other session says Edera: the same
 * speaker's company from elsewhere in the export, as every list shows it (a speaker's one affiliation).
 */
function withKnownAffiliations(records: SessionRecord[]): SessionRecord[] {
  const known = new Map<string, string>();
  for (const record of records)
    for (const speaker of record.speakers)
      if (speaker.affiliation && !known.has(speaker.name)) known.set(speaker.name, speaker.affiliation);
  return records.map((record) =>
    record.speakers.some((s) => !s.affiliation && known.has(s.name))
      ? {
          ...record,
          speakers: record.speakers.map((s) => ({ ...s, affiliation: s.affiliation ?? known.get(s.name) ?? null })),
        }
      : record,
  );
}

export function parseIcal(source: string, options: ImportOptions): ParsedSchedule {
  const file = options.file;
  const log = new ProblemLog();
  let body = source.replace(/^\uFEFF/, '');
  if (!/END:VCALENDAR\s*$/i.test(body)) {
    const lastEnd = body.search(/END:VEVENT(?![\s\S]*END:VEVENT)/i);
    log.add(
      `${file}:${body.split(/\r?\n/).length}`,
      'file is truncated: no END:VCALENDAR; entries after the last complete one are lost',
    );
    body = lastEnd >= 0 ? `${body.slice(0, lastEnd)}END:VEVENT\r\nEND:VCALENDAR\r\n` : `${body}\r\nEND:VCALENDAR\r\n`;
  }
  // `--format ical` on another kind of file: say what it starts with, not what ical.js tripped over.
  if (!/^\s*BEGIN:VCALENDAR/i.test(body)) {
    const head = body.trimStart().split(/\r?\n/, 1)[0] ?? '';
    throw new KubeplanError(
      'parse-error',
      `not an iCalendar file: it does not start with BEGIN:VCALENDAR (line 1 is "${quote(head, 80)}")`,
      `${file}:1`,
    );
  }
  let jcal: unknown;
  try {
    jcal = ICAL.parse(body);
  } catch (error) {
    // ical.js's own errors name the bad line; a TypeError from inside it names nothing useful.
    const reason = error instanceof TypeError ? 'the calendar structure is broken' : quote(errorMessage(error), 160);
    throw new KubeplanError('parse-error', `not a valid iCalendar file: ${reason}`, file);
  }
  // ical.js returns a list when the text holds several components, and nothing usable for none.
  const root = Array.isArray(jcal) && Array.isArray(jcal[0]) ? (jcal[0] as unknown[]) : jcal;
  if (
    !Array.isArray(root) ||
    String(root[0]).toLowerCase() !== 'vcalendar' ||
    !Array.isArray(root[1]) ||
    !Array.isArray(root[2])
  ) {
    throw new KubeplanError('parse-error', 'not a valid iCalendar file: no BEGIN:VCALENDAR … END:VCALENDAR', file);
  }
  const calendar: Component = new ICAL.Component(root);
  const lines = eventLines(body);
  const fileZone = checkZone(text(calendar, 'x-wr-timezone'), `${file} X-WR-TIMEZONE`, log);
  const vevents = calendar.getAllSubcomponents('vevent');
  // An unknown TZID (reported per event below) must not become the calendar's display zone.
  const firstTzid = vevents.map((v) => rawTime(v, 'dtstart')?.tzid).find((z) => z && isValidTimeZone(z)) ?? null;
  const suffix = commonVenueSuffix(vevents.map((v) => text(v, 'location') ?? ''));
  const displayZone =
    options.timeZone ?? (fileZone && fileZone !== 'UTC' ? fileZone : (firstTzid ?? zoneOfVenue(suffix) ?? fileZone));
  const schedHost = vevents.map((v) => parseSchedLink(text(v, 'url') ?? '')?.subdomain).find(Boolean) ?? null;
  const event = options.event ?? (schedHost ? eventFromSubdomain(schedHost) : null) ?? text(calendar, 'x-wr-calname');

  const owners = calendarOwners(vevents);
  // Every SUMMARY of the export together says which texts are speakers and which are companies.
  const evidence = schedHost ? schedEvidence(vevents.map((v) => text(v, 'summary') ?? '')) : undefined;
  const rows: { record: SessionRecord; where: string }[] = [];
  const cancelled: string[] = [];
  vevents.forEach((vevent, index) => {
    const where = `${file}:${lines[index] ?? '?'}`;
    const summary = text(vevent, 'summary');
    const uid = text(vevent, 'uid');
    if (!summary) return log.add(`${where} SUMMARY`, 'entry has no SUMMARY (title)');
    const url = text(vevent, 'url');
    const sched = url ? parseSchedLink(url) : null;
    if (!uid && !sched) return log.add(`${where} UID`, 'entry has no UID');
    const id = sched ? sched.id : `ical:${uid}`;

    const times: Record<'start' | 'end', string | null> = { start: null, end: null };
    let date: string | null = null;
    for (const [field, prop] of [
      ['start', 'dtstart'],
      ['end', 'dtend'],
    ] as const) {
      const raw = rawTime(vevent, prop);
      if (!raw) continue;
      if (raw.date) {
        if (field === 'start') date = raw.value.slice(0, 10);
        continue;
      }
      const zone = raw.value.endsWith('Z')
        ? 'UTC'
        : raw.tzid
          ? checkZone(raw.tzid, `${where} ${prop.toUpperCase()} TZID`, log)
          : (options.timeZone ?? fileZone);
      const iso = zone ? zonedTime(raw.value, zone, `${where} ${prop.toUpperCase()}`, log) : null;
      if (!iso) {
        if (zone || raw.tzid) log.add(`${where} ${prop.toUpperCase()}`, `cannot read time "${raw.value}"`);
        else log.add(`${where} ${prop.toUpperCase()}`, `floating time "${raw.value}" and no time zone: pass --tz`);
        return;
      }
      times[field] = toZonedIso(iso, displayZone);
    }
    if (!times.start && !date) return log.add(`${where} DTSTART`, 'entry has no start time');
    if (!times.end && times.start) {
      const duration = text(vevent, 'duration');
      if (duration) {
        const seconds = ICAL.Duration.fromString(duration).toSeconds();
        times.end = toZonedIso(new Date(Date.parse(times.start) + seconds * 1000).toISOString(), displayZone);
      }
    }

    // Our own export says outright what a Sched SUMMARY only implies: never split its titles again.
    const own = readOwnEntry(vevent);
    const abstract = plainText(rawText(vevent, 'description'));
    const parsed =
      sched && !own ? parseSchedSummary(summary, evidence, abstract ?? '') : { title: summary, speakers: [] };
    // When the title names nobody, the calendar's people properties may (ATTENDEE, ORGANIZER CN).
    if (parsed.speakers.length === 0 && !own) parsed.speakers = peopleOf(vevent, owners);
    const categories = vevent.getAllProperties('categories').flatMap((p) => p.getValues().map(String));
    const track = fieldText(categories[0]);
    let room = text(vevent, 'location');
    if (room && suffix && room.endsWith(suffix)) room = room.slice(0, -suffix.length);
    const status = text(vevent, 'status');
    const generic: SessionRecord = {
      ...blankRecord(id, parsed.title),
      url: sched ? `https://${sched.subdomain ?? 'sched.co'}.sched.com/event/${sched.id}` : url,
      kind: classifyKind(parsed.title, categories),
      event,
      track,
      start: times.start,
      end: times.end,
      date: date ?? (times.start ? dayInZone(times.start, displayZone) : null),
      timeZone: displayZone,
      room,
      speakers: parsed.speakers,
      // Not text(): its single-line cleaning would run the description's paragraphs together.
      abstract,
    };
    const record = own ? applyOwnEntry(generic, own, summary, sessionZone(vevent)) : generic;
    if (status?.toUpperCase() === 'CANCELLED' || (!own && /^\s*\[?cancel+ed\]?\b/i.test(parsed.title)))
      cancelled.push(record.sessionKey);
    else rows.push({ record, where });
  });

  // Distinct entries sharing a UID are distinct sessions; identical repeats are one.
  const kept = dropDuplicateIds(keySharedUids(rows).rows, log).map((row) => row.record);
  const sessions = evidence ? withKnownAffiliations(kept) : kept;
  if (vevents.length === 0) log.add(file, 'the calendar has no events (VEVENT)');
  return {
    format: 'ical',
    event,
    timeZone: displayZone,
    batch: {
      // A newer download of the same Sched calendar is the same source wherever it was saved; the
      // calendar name keeps a personal "my schedule" export apart from the full one.
      source: {
        kind: 'schedule',
        location: schedHost ? `sched:${schedHost}:${text(calendar, 'x-wr-calname') ?? 'all'}` : options.location,
        title: event,
      },
      sessions,
      cancelled,
    },
    problems: log.problems,
    warnings: log.warnings,
  };
}

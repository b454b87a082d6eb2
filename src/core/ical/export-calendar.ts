// Writes sessions as an RFC 5545 calendar with ical.js: stable UIDs, SEQUENCE from the change log,
// TZID times with a generated VTIMEZONE, all-day events for sessions with a day but no time.
import ICAL from 'ical.js';
import type { IcsExport } from '../../shared/agenda-types';
import type { SessionView } from '../../shared/types';
import { spanOf } from '../agenda/session-times';
import { isValidTimeZone } from '../time/zoned';
import { foldCalendar } from './fold-lines';
import { icsText } from './ics-text';
import { sessionUid } from './session-uid';
import { buildVTimezone, floatingTime, offsetMinutes } from './vtimezone';

export const PRODID = '-//kubeplan//kubeplan conference planner//EN';

export interface ExportOptions {
  now: Date;
  /** Changes per session key (SEQUENCE); missing means 0. */
  sequences?: ReadonlyMap<string, number>;
  /** Agenda exports carry the star level (STATUS, X-KUBEPLAN-AGENDA) and the personal note. */
  personal?: boolean;
  calendarName: string;
  suggestedName: string;
}

export function describeSession(session: SessionView, personal: boolean): string | null {
  const parts: string[] = [];
  if (session.speakers.length > 0) {
    const names = session.speakers.map((s) => (s.affiliation ? `${s.name} (${s.affiliation})` : s.name));
    parts.push(`Speakers: ${names.join(', ')}`);
  }
  if (session.abstract) parts.push(session.abstract);
  if (personal && session.note) parts.push(`My note: ${session.note}`);
  if (session.status === 'removed') parts.push('Removed from the schedule.');
  return parts.length > 0 ? parts.join('\n\n') : null;
}

/**
 * The times an export writes: a session that starts and ends at the same instant (a Sched demo
 * slot, a milestone) keeps both; only a missing or backwards end gets the default length.
 */
function exportSpan(session: SessionView): { start: number; end: number } | null {
  const span = spanOf(session);
  if (!span || !session.end) return span;
  return Date.parse(session.end) === span.start ? { start: span.start, end: span.start } : span;
}

function utcTime(ms: number): ICAL.Time {
  return ICAL.Time.fromJSDate(new Date(ms), true);
}

function dateValue(day: string, plusDays = 0): ICAL.Time {
  const date = new Date(`${day}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + plusDays);
  return ICAL.Time.fromData({
    year: date.getUTCFullYear(),
    month: date.getUTCMonth() + 1,
    day: date.getUTCDate(),
    isDate: true,
  });
}

// Checking a zone builds an Intl formatter, far too slow to repeat for every session.
const zoneValidity = new Map<string, boolean>();

function usableZone(session: SessionView): string | null {
  const zone = session.timeZone;
  if (!zone || zone === 'UTC') return null;
  let valid = zoneValidity.get(zone);
  if (valid === undefined) {
    valid = isValidTimeZone(zone);
    zoneValidity.set(zone, valid);
  }
  return valid ? zone : null;
}

function addTime(event: ICAL.Component, name: 'dtstart' | 'dtend', ms: number, zone: string | null): void {
  if (!zone) {
    event.addPropertyWithValue(name, utcTime(ms));
    return;
  }
  const property = event.addPropertyWithValue(name, floatingTime(ms, offsetMinutes(zone, ms)));
  property.setParameter('tzid', zone);
}

function statusOf(session: SessionView, personal: boolean): string | null {
  if (session.status === 'removed') return 'CANCELLED';
  if (!personal || session.agenda === null) return null;
  return session.agenda === 'going' ? 'CONFIRMED' : 'TENTATIVE';
}

/** An X- property typed TEXT (VALUE=TEXT), so ical.js escapes it and readers unescape it. */
function textProperty(name: string, value: string): ICAL.Property {
  const property = new ICAL.Property(name);
  property.resetType('text');
  property.setValue(value);
  return property;
}

function toVEvent(session: SessionView, options: ExportOptions): ICAL.Component {
  const personal = options.personal ?? false;
  const event = new ICAL.Component('vevent');
  event.addPropertyWithValue('uid', sessionUid(session.sessionKey));
  event.addPropertyWithValue('dtstamp', utcTime(options.now.getTime()));
  const span = exportSpan(session);
  if (span) {
    const zone = usableZone(session);
    addTime(event, 'dtstart', span.start, zone);
    addTime(event, 'dtend', span.end, zone);
  } else {
    event.addPropertyWithValue('dtstart', dateValue(session.date!));
    event.addPropertyWithValue('dtend', dateValue(session.date!, 1));
    event.addPropertyWithValue('transp', 'TRANSPARENT');
  }
  event.addPropertyWithValue('sequence', options.sequences?.get(session.sessionKey) ?? 0);
  event.addPropertyWithValue('summary', icsText(session.title));
  const description = describeSession(session, personal);
  if (description) event.addPropertyWithValue('description', icsText(description));
  if (session.room) event.addPropertyWithValue('location', icsText(session.room));
  if (session.url) event.addPropertyWithValue('url', icsText(session.url));
  if (session.track) event.addPropertyWithValue('categories', icsText(session.track));
  const status = statusOf(session, personal);
  if (status) event.addPropertyWithValue('status', status);
  // Our own properties let an exported agenda be imported back with its star levels and notes.
  if (personal && session.agenda) event.addPropertyWithValue('x-kubeplan-agenda', session.agenda);
  if (personal && session.note) event.addProperty(textProperty('x-kubeplan-note', icsText(session.note)));
  return event;
}

/** The instants each zone must cover, so every VTIMEZONE holds the offsets its events use. */
function zoneRanges(sessions: SessionView[]): Map<string, { from: number; to: number }> {
  const ranges = new Map<string, { from: number; to: number }>();
  for (const session of sessions) {
    const zone = usableZone(session);
    const span = exportSpan(session);
    if (!zone || !span) continue;
    const range = ranges.get(zone);
    ranges.set(zone, {
      from: Math.min(range?.from ?? span.start, span.start),
      to: Math.max(range?.to ?? span.end, span.end),
    });
  }
  return ranges;
}

export function exportCalendar(sessions: SessionView[], options: ExportOptions): IcsExport {
  const withDay = sessions.filter((s) => s.date !== null);
  const calendar = new ICAL.Component(['vcalendar', [], []]);
  calendar.addPropertyWithValue('prodid', PRODID);
  calendar.addPropertyWithValue('version', '2.0');
  calendar.addPropertyWithValue('calscale', 'GREGORIAN');
  calendar.addPropertyWithValue('method', 'PUBLISH');
  calendar.addPropertyWithValue('x-wr-calname', options.calendarName);
  for (const [zone, range] of zoneRanges(withDay)) calendar.addSubcomponent(buildVTimezone(zone, range.from, range.to));
  for (const session of withDay) calendar.addSubcomponent(toVEvent(session, options));
  return {
    text: foldCalendar(calendar.toString()),
    eventCount: withDay.length,
    skippedNoDay: sessions.length - withDay.length,
    suggestedName: options.suggestedName,
  };
}

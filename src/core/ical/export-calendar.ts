// Writes sessions as an RFC 5545 calendar, the events as text directly: stable UIDs, SEQUENCE from the change log,
// TZID times with a generated VTIMEZONE, all-day events for sessions with a day but no time.
import ICAL from 'ical.js';
import type { IcsExport } from '../../shared/agenda-types';
import type { SessionView } from '../../shared/types';
import { spanOf } from '../agenda/session-times';
import { isValidTimeZone } from '../time/zoned';
import { foldCalendar, foldLine } from './fold-lines';
import { icsText } from './ics-text';
import { sessionUid } from './session-uid';
import { buildVTimezone, offsetMinutes, zoneWindows, type ZoneWindow } from './vtimezone';

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

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/** 20260324T093000Z */
function utcTime(ms: number): string {
  const d = new Date(ms);
  return `${pad(d.getUTCFullYear(), 4)}${pad(d.getUTCMonth() + 1)}${pad(d.getUTCDate())}T${pad(d.getUTCHours())}${pad(d.getUTCMinutes())}${pad(d.getUTCSeconds())}Z`;
}

/** The wall-clock time at `ms` in a zone `offset` minutes from UTC: 20260324T103000. */
function wallTime(ms: number, offset: number): string {
  return utcTime(ms + offset * 60_000).slice(0, -1);
}

/** 20260324, `plusDays` later. */
function dateValue(day: string, plusDays = 0): string {
  const date = new Date(`${day}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + plusDays);
  return `${pad(date.getUTCFullYear(), 4)}${pad(date.getUTCMonth() + 1)}${pad(date.getUTCDate())}`;
}

/** RFC 5545 §3.3.11 TEXT: backslash, semicolon, comma and line breaks escaped. */
function escapeText(value: string): string {
  return value.replace(/[\\;,\n]/g, (c) => (c === '\n' ? '\\n' : `\\${c}`));
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

function timeLine(name: 'DTSTART' | 'DTEND', ms: number, zone: string | null): string {
  if (!zone) return `${name}:${utcTime(ms)}`;
  // A TZID parameter value with a character that needs quoting is quoted (RFC 5545 §3.2).
  const tzid = /[;:,]/.test(zone) ? `"${zone}"` : zone;
  return `${name};TZID=${tzid}:${wallTime(ms, offsetMinutes(zone, ms))}`;
}

function statusOf(session: SessionView, personal: boolean): string | null {
  if (session.status === 'removed') return 'CANCELLED';
  if (!personal || session.agenda === null) return null;
  return session.agenda === 'going' ? 'CONFIRMED' : 'TENTATIVE';
}

/**
 * One VEVENT as folded text, written directly: building it with ical.js and folding its output again
 * was most of an export's time. ical.js reads every export back in the tests.
 */
/** A parameter value (RFC 5545 3.2, RFC 6868 for ^, line breaks and double quotes), quoted when it must be. */
function paramValue(value: string): string {
  const encoded = value.replace(/\^/g, '^^').replace(/\n/g, '^n').replace(/"/g, "^'");
  return /[:;,]/.test(encoded) ? `"${encoded}"` : encoded;
}

function writeVEvent(out: string[], session: SessionView, options: ExportOptions, dtstamp: string): void {
  const personal = options.personal ?? false;
  const lines = ['BEGIN:VEVENT', `UID:${escapeText(sessionUid(session.sessionKey))}`, `DTSTAMP:${dtstamp}`];
  const span = exportSpan(session);
  if (span) {
    const zone = usableZone(session);
    lines.push(timeLine('DTSTART', span.start, zone), timeLine('DTEND', span.end, zone));
  } else {
    lines.push(
      `DTSTART;VALUE=DATE:${dateValue(session.date!)}`,
      `DTEND;VALUE=DATE:${dateValue(session.date!, 1)}`,
      'TRANSP:TRANSPARENT',
    );
  }
  lines.push(`SEQUENCE:${options.sequences?.get(session.sessionKey) ?? 0}`);
  lines.push(`SUMMARY:${escapeText(icsText(session.title))}`);
  const description = describeSession(session, personal);
  if (description) lines.push(`DESCRIPTION:${escapeText(icsText(description))}`);
  if (session.room) lines.push(`LOCATION:${escapeText(icsText(session.room))}`);
  // A URI value is not TEXT: nothing is escaped, but no control character may pass.
  if (session.url) lines.push(`URL:${icsText(session.url).replace(/\n/g, '')}`);
  if (session.track) lines.push(`CATEGORIES:${escapeText(icsText(session.track))}`);
  const status = statusOf(session, personal);
  if (status) lines.push(`STATUS:${status}`);
  // Our own properties let an export come back whole (kubeplan import): the kind, the event and
  // each speaker with their company, which the text only shows; readers that do not know them skip them.
  lines.push(`X-KUBEPLAN-KIND:${session.kind}`);
  if (session.event) lines.push(`X-KUBEPLAN-EVENT;VALUE=TEXT:${escapeText(icsText(session.event))}`);
  for (const speaker of session.speakers) {
    const affiliation = speaker.affiliation ? `;X-AFFILIATION=${paramValue(icsText(speaker.affiliation))}` : '';
    lines.push(`X-KUBEPLAN-SPEAKER;VALUE=TEXT${affiliation}:${escapeText(icsText(speaker.name))}`);
  }
  // Our own properties let an exported agenda be imported back with its star levels and notes.
  if (personal && session.agenda) lines.push(`X-KUBEPLAN-AGENDA:${session.agenda}`);
  if (personal && session.note) lines.push(`X-KUBEPLAN-NOTE;VALUE=TEXT:${escapeText(icsText(session.note))}`);
  lines.push('END:VEVENT');
  for (const line of lines) out.push(`${foldLine(line)}\r\n`);
}

/** The stretches of time each zone must cover, so every VTIMEZONE holds the offsets its events use. */
function zoneRanges(sessions: SessionView[]): Map<string, ZoneWindow[]> {
  const spans = new Map<string, ZoneWindow[]>();
  for (const session of sessions) {
    const zone = usableZone(session);
    const span = exportSpan(session);
    if (!zone || !span) continue;
    let list = spans.get(zone);
    if (!list) spans.set(zone, (list = []));
    list.push({ from: span.start, to: span.end });
  }
  return new Map([...spans].map(([zone, list]) => [zone, zoneWindows(list)]));
}

export function exportCalendar(sessions: SessionView[], options: ExportOptions): IcsExport {
  const withDay = sessions.filter((s) => s.date !== null);
  // The calendar's own properties and its few VTIMEZONEs still come from ical.js; the events, which
  // are nearly all of the text, are written directly.
  const head = new ICAL.Component(['vcalendar', [], []]);
  head.addPropertyWithValue('prodid', PRODID);
  head.addPropertyWithValue('version', '2.0');
  head.addPropertyWithValue('calscale', 'GREGORIAN');
  head.addPropertyWithValue('method', 'PUBLISH');
  head.addPropertyWithValue('x-wr-calname', options.calendarName);
  for (const [zone, windows] of zoneRanges(withDay)) head.addSubcomponent(buildVTimezone(zone, windows));
  const open = foldCalendar(head.toString());
  const end = 'END:VCALENDAR\r\n';
  const out = [open.slice(0, open.length - end.length)];
  const dtstamp = utcTime(options.now.getTime());
  for (const session of withDay) writeVEvent(out, session, options, dtstamp);
  out.push(end);
  return {
    text: out.join(''),
    eventCount: withDay.length,
    skippedNoDay: sessions.length - withDay.length,
    suggestedName: options.suggestedName,
  };
}

// What a short piece of a post is to the session beside it: a lead-in before the link ("9:45 - 10:15
// GitOpsCon:", "Wed 18:", "**1:00 pm**:", "Observability Day - Monday …"), a line that only gives a day
// (a bold "**Monday Nov 10th**", an "Event details – Date:" bullet), or a label ("**Track**: SDLC").
import type { SessionKind } from '../../shared/types';
import { trackName } from './headings';
import { kindPrefix } from './kinds';
import { readDay, readTimes, type DayInfo, type TimeRange } from './when';

export interface LeadIn {
  day: DayInfo | null;
  times: TimeRange | null;
  /** A co-located event or track the lead-in names; null for "KubeCon:" (the main conference). */
  track: string | null | undefined;
  kind: SessionKind | null;
  /** What is left once the day, time and labels are read: the post's own words before the link. */
  rest: string;
}

const CLOCK = String.raw`\d{1,2}(?:[:.]\d{2})?\s*(?:[ap]\.?\s?m\.?)?`;
const ZONE_WORD = String.raw`(?:\s*\(?\b[A-Z]{2,4}T\b\)?|\s*(?:CET|CEST|UTC|GMT|IST|HKT))?`;
// A clock time or range at the start: "9:45 - 10:15", "1:00 pm", "11:40 am:", "16.00–16.07 CET".
const TIME_AT_START = new RegExp(
  String.raw`^(?:at\s+)?(${CLOCK}${ZONE_WORD}(?:\s*(?:-|–|—|to)\s*${CLOCK})?${ZONE_WORD})(?=[\s:|•,\-–—]|$)[\s:|•,\-–—]*`,
  'i',
);
// Segments of a lead-in: split where a colon (not a clock's), a bar, a bullet or a spaced dash ends one.
const SEGMENT_END = /\s*(?::(?!\d)|[|•]|\s[-–—]\s)\s*/;

function hasDay(day: DayInfo): boolean {
  return day.date !== null || day.weekday !== null || day.dayNumber !== null;
}

/** A short segment that is only a day: "Wed 18", "Monday, November 10", "Tuesday Nov 11th". */
export function dayOnly(text: string, year: number | null): DayInfo | null {
  const t = text.replace(/^[\s*_]+|[\s*_.,:]+$/g, '');
  if (t.length === 0 || t.length > 40) return null;
  const day = readDay(t, year);
  if (!hasDay(day)) return null;
  // Nothing but day words and numbers may be left ("Wed 18", "Tuesday, 24 March 2025").
  const rest = t
    .replace(
      /\b(?:mon|tues?|wed(?:nes)?|thu(?:rs?)?|fri|sat(?:ur)?|sun)(?:day)?\b\.?|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?|\bday\b|\bdate\b|\d+(?:st|nd|rd|th)?|[,\-–—/()（）]|[月日年]|\s+/gi,
      '',
    )
    .replace(/[日月火水木金土]/g, '');
  return rest === '' ? day : null;
}

/** Reads the day, time, track and kind labels a lead-in before a link gives; the rest is prose. */
export function readLeadIn(text: string, year: number | null): LeadIn {
  const out: LeadIn = { day: null, times: null, track: undefined, kind: null, rest: '' };
  let rest = text.replace(/^[\s\-–—*•]+/, '').trim();
  for (let guard = 0; guard < 8 && rest; guard += 1) {
    // "(local time)", "(CET)" after a time say nothing more about the session.
    const aside = /^\((?:local time|[A-Z]{2,4}T?)\)[\s:|•,\-–—]*/i.exec(rest);
    if (aside && out.times) {
      rest = rest.slice(aside[0].length);
      continue;
    }
    const time = out.times ? null : TIME_AT_START.exec(rest);
    const times = time ? readTimes(time[1]!) : null;
    if (time && times) {
      out.times = times;
      rest = rest.slice(time[0].length);
      continue;
    }
    const end = SEGMENT_END.exec(rest);
    if (!end) break;
    const segment = rest.slice(0, end.index).trim();
    const day = out.day ? null : dayOnly(segment, year);
    if (day) {
      out.day = day;
    } else if (/^(?:track|event)$/i.test(segment)) {
      // "Track: SDLC" – the label word itself; the name follows.
      const name = /^([^|•:]{2,40}?)\s*(?:[|•:]|$)/.exec(rest.slice(end.index + end[0].length));
      if (!name) break;
      out.track = trackName(name[1]!.trim(), true);
      rest = rest.slice(end.index + end[0].length + name[0].length).trim();
      continue;
    } else if (out.track === undefined && trackName(segment) !== undefined) {
      out.track = trackName(segment) ?? null;
    } else if (!out.kind && kindPrefix(`${segment}:`)?.rest === '') {
      out.kind = kindPrefix(`${segment}:`)!.kind;
    } else break;
    rest = rest.slice(end.index + end[0].length).trim();
  }
  out.rest = rest.trim();
  return out;
}

// Reads the day and time a post states for a session ("Day 1 - March 20", "Tuesday, March 19, 2024,
// 09:15 - 09:40 CET", "9:10am MST", "12:00pm - 1:30pm") into a date and ISO instants with offsets;
// dates in other languages ("20. März", "6月16日") through calendar-words.ts.
import { TZDate } from '@date-fns/tz';
import { format } from 'date-fns';
import { readForeignDay, readForeignWeekday } from './calendar-words';
import type { KnownEvent } from './events';

export interface DayInfo {
  date: string | null;
  weekday: number | null;
  dayNumber: number | null;
}

export interface When {
  date: string | null;
  start: string | null;
  end: string | null;
}

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const WEEKDAYS = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'];
const MONTH =
  '(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?';
const MONTH_DAY = new RegExp(`\\b${MONTH}\\s+(\\d{1,2})(?:st|nd|rd|th)?\\b(?:,?\\s*(20\\d\\d)\\b)?`, 'i');
const DAY_MONTH = new RegExp(`\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+${MONTH}(?:,?\\s*(20\\d\\d)\\b)?`, 'i');
const ISO_DAY = /\b(20\d\d)-(\d\d)-(\d\d)\b/;
const WEEKDAY = /\b(mon|tue|wed|thu|fri|sat|sun)(?:day|sday|nesday|rsday|urday)?\b\.?/i;
const DAY_NUMBER = /\bday\s+(\d)\b/i;

// "14:30", "9.30am", and the French "14h30"; a range joined by a dash, "to", or the Japanese 〜.
const TIME = String.raw`(\d{1,2})(?:([:.h])(\d{2}))?\s*([ap]\.?m\.?)?`;
const TIME_RANGE = new RegExp(`(?<![\\d:])${TIME}(?:\\s*(?:-|–|—|〜|～|~|to|until)\\s*${TIME})?(?!\\d|:\\d)`, 'gi');

// Offsets of the abbreviations posts write after a time; the event's IANA zone covers the rest.
const ZONE_OFFSETS: Record<string, string> = {
  UTC: '+00:00',
  GMT: '+00:00',
  WET: '+00:00',
  BST: '+01:00',
  CET: '+01:00',
  CEST: '+02:00',
  WEST: '+01:00',
  EET: '+02:00',
  EEST: '+03:00',
  IST: '+05:30',
  HKT: '+08:00',
  CST: '-06:00',
  CDT: '-05:00',
  EST: '-05:00',
  EDT: '-04:00',
  MST: '-07:00',
  MDT: '-06:00',
  PST: '-08:00',
  PDT: '-07:00',
  JST: '+09:00',
};
// "6:15pmEST", "16:00CET": a zone word may follow the time without a space.
const ZONE = new RegExp(`(?:\\b|(?<=\\d|[ap]\\.?m\\.?))(${Object.keys(ZONE_OFFSETS).join('|')})\\b`);

const pad = (n: number) => String(n).padStart(2, '0');

function monthIndex(word: string): number {
  return MONTHS.indexOf(word.slice(0, 3).toLowerCase()) + 1;
}

function validDay(year: number, month: number, day: number): string | null {
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return null;
  return `${year}-${pad(month)}-${pad(day)}`;
}

/** The day a line or heading names, without resolving it to a calendar date yet. */
export function readDay(text: string, year: number | null): DayInfo {
  let date: string | null = null;
  const iso = ISO_DAY.exec(text);
  if (iso) date = validDay(+iso[1]!, +iso[2]!, +iso[3]!);
  const md = date ? null : (MONTH_DAY.exec(text) ?? null);
  const dm = date || md ? null : DAY_MONTH.exec(text);
  if (md) {
    const y = md[3] ? +md[3] : year;
    if (y) date = validDay(y, monthIndex(md[1]!), +md[2]!);
  } else if (dm) {
    const y = dm[3] ? +dm[3] : year;
    if (y) date = validDay(y, monthIndex(dm[2]!), +dm[1]!);
  } else if (!date) {
    const foreign = readForeignDay(text);
    const y = foreign?.year ?? year;
    if (foreign && y) date = validDay(y, foreign.month, foreign.day);
  }
  const wd = WEEKDAY.exec(text);
  const dn = DAY_NUMBER.exec(text);
  return {
    date,
    weekday: wd ? WEEKDAYS.indexOf(wd[1]!.toLowerCase()) : readForeignWeekday(text),
    dayNumber: dn ? +dn[1]! : null,
  };
}

function addDays(day: string, n: number): string {
  const date = new Date(`${day}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + n);
  return date.toISOString().slice(0, 10);
}

/** A calendar date for a day: stated outright, or a weekday / "Day N" within the event's week. */
export function resolveDay(day: DayInfo, event: KnownEvent | null): string | null {
  if (day.date) return day.date;
  if (!event) return null;
  if (day.weekday !== null) {
    for (let d = event.firstDay; d <= event.lastDay; d = addDays(d, 1)) {
      if (new Date(`${d}T00:00:00Z`).getUTCDay() === day.weekday) return d;
    }
    return null;
  }
  if (day.dayNumber !== null && day.dayNumber >= 1) {
    const d = addDays(event.mainStart, day.dayNumber - 1);
    return d <= event.lastDay ? d : null;
  }
  return null;
}

interface ClockTime {
  hour: number;
  minute: number;
}

function toClock(hourText: string, minuteText: string | undefined, meridiem: string | undefined): ClockTime | null {
  let hour = +hourText;
  const minute = minuteText ? +minuteText : 0;
  if (minute > 59) return null;
  if (meridiem) {
    if (hour < 1 || hour > 12) return null;
    const pm = meridiem.toLowerCase().startsWith('p');
    hour = (hour % 12) + (pm ? 12 : 0);
  } else if (hour > 23) return null;
  // "1:50 - 2:25" with no am/pm at a conference is the afternoon: no session starts at 2 in the night
  // (a leading zero, "02:25", is a 24-hour clock and stays as written).
  else if (hour >= 1 && hour <= 7 && !hourText.startsWith('0')) hour += 12;
  return { hour, minute };
}

export interface TimeRange {
  start: ClockTime;
  end: ClockTime | null;
  zoneAbbreviation: string | null;
}

/** The first clock time or range in a text; a bare number is not a time (needs ':' or am/pm). */
export function readTimes(text: string): TimeRange | null {
  TIME_RANGE.lastIndex = 0;
  for (let m = TIME_RANGE.exec(text); m; m = TIME_RANGE.exec(text)) {
    const [, h1, sep1, m1, ap1, h2, sep2, m2, ap2] = m;
    // "14:00", "9am", "9.30am", "10 - 11am" are times; "2 - 14:00" and "Cilium 1.15" are not.
    const clock = (sep: string | undefined) => sep === ':' || sep === 'h' || sep === 'H';
    // "16.00–16.07", "15.30 - 16:00": dotted times count in a range with minutes on both sides (a
    // lone "1.15" is a version number).
    const dotted = !!(h2 && m1 && m2 && (sep1 === '.' || sep2 === '.') && !ap1 && !ap2);
    const rejected =
      !dotted &&
      ((!(m1 && clock(sep1)) && !ap1 && !(h2 && ap2)) || (sep1 === '.' && !ap1 && !ap2) || (sep2 === '.' && !ap2));
    if (rejected) {
      // Look again right after this number: "Day 2 - 14:00 to 14:30" holds a range after the "2".
      TIME_RANGE.lastIndex = m.index + h1!.length;
      continue;
    }
    // "10:45 - 11:15am": the first time takes the second's am/pm when it has none.
    const start = toClock(h1!, m1, ap1 ?? (ap2 && h2 && +h1! <= +h2 ? ap2 : undefined));
    if (!start) continue;
    const end = h2 ? toClock(h2, m2, ap2) : null;
    if (h2 && !m2 && !ap2) continue;
    // The zone word belongs to this time only when it follows it closely ("9:45am MST:", "(CET)").
    const zone = ZONE.exec(text.slice(m.index, m.index + m[0].length + 8));
    return { start, end, zoneAbbreviation: zone ? zone[1]! : null };
  }
  return null;
}

function instant(day: string, time: ClockTime, offset: string | null, zone: string | null): string | null {
  const local = `${day}T${pad(time.hour)}:${pad(time.minute)}:00`;
  if (offset) return `${local}${offset}`;
  if (!zone) return null;
  const [y, mo, d] = day.split('-').map(Number) as [number, number, number];
  return format(new TZDate(y, mo - 1, d, time.hour, time.minute, 0, zone), "yyyy-MM-dd'T'HH:mm:ssXXX");
}

/** A day plus a time range as ISO 8601 instants, using a stated zone abbreviation or the event's zone. */
export function combine(day: string | null, times: TimeRange | null, zone: string | null): When {
  if (!day || !times) return { date: day, start: null, end: null };
  const offset = times.zoneAbbreviation ? ZONE_OFFSETS[times.zoneAbbreviation]! : null;
  const start = instant(day, times.start, offset, zone);
  let end = times.end ? instant(day, times.end, offset, zone) : null;
  if (start && end && Date.parse(end) <= Date.parse(start)) end = null;
  return { date: day, start, end };
}

/** True for a short line that states when something happens (a date line under a session). */
export function isWhenLine(text: string): boolean {
  if (text.length > 120) return false;
  const day = readDay(text, 2000);
  return (day.date !== null || day.weekday !== null) && readTimes(text) !== null;
}

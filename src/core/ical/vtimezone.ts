// Builds a VTIMEZONE for an IANA zone from the platform's tz data (Intl), covering a date range with
// every offset change in it (DST), so a calendar that does not know the TZID still gets the times right.
import ICAL from 'ical.js';

const DAY_MS = 86_400_000;

const offsetFormats = new Map<string, Intl.DateTimeFormat>();
const nameFormats = new Map<string, Intl.DateTimeFormat>();

// Sessions share start times, so an export asks for the same instants again and again.
const offsetCache = new Map<string, number>();

/** The zone's UTC offset at an instant, in minutes. */
export function offsetMinutes(zone: string, ms: number): number {
  const key = `${zone}@${ms}`;
  const cached = offsetCache.get(key);
  if (cached !== undefined) return cached;
  const offset = computeOffset(zone, ms);
  if (offsetCache.size > 100_000) offsetCache.clear();
  offsetCache.set(key, offset);
  return offset;
}

function computeOffset(zone: string, ms: number): number {
  let format = offsetFormats.get(zone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-US', { timeZone: zone, timeZoneName: 'longOffset' });
    offsetFormats.set(zone, format);
  }
  const name = format.formatToParts(new Date(ms)).find((p) => p.type === 'timeZoneName')?.value ?? 'GMT';
  const match = /GMT([+-])(\d{2}):?(\d{2})?/.exec(name);
  if (!match) return 0;
  const sign = match[1] === '-' ? -1 : 1;
  return sign * (Number(match[2]) * 60 + Number(match[3] ?? '0'));
}

function zoneAbbreviation(zone: string, ms: number): string | null {
  let format = nameFormats.get(zone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-GB', { timeZone: zone, timeZoneName: 'short' });
    nameFormats.set(zone, format);
  }
  return format.formatToParts(new Date(ms)).find((p) => p.type === 'timeZoneName')?.value ?? null;
}

export interface Transition {
  /** The first instant of the new offset. */
  at: number;
  from: number;
  to: number;
}

/** Offset changes between two instants, found day by day and narrowed to the minute. */
export function transitions(zone: string, fromMs: number, toMs: number): Transition[] {
  const found: Transition[] = [];
  let previous = offsetMinutes(zone, fromMs);
  for (let day = fromMs + DAY_MS; day <= toMs + DAY_MS; day += DAY_MS) {
    const offset = offsetMinutes(zone, day);
    if (offset === previous) continue;
    let low = day - DAY_MS;
    let high = day;
    while (high - low > 60_000) {
      const mid = low + Math.floor((high - low) / 120_000) * 60_000;
      if (offsetMinutes(zone, mid) === previous) low = mid;
      else high = mid;
    }
    found.push({ at: high, from: previous, to: offset });
    previous = offset;
  }
  return found;
}

/** Local wall time as a floating ICAL.Time, the form STANDARD/DAYLIGHT DTSTART takes. */
export function floatingTime(ms: number, offset: number): ICAL.Time {
  const local = new Date(ms + offset * 60_000);
  return ICAL.Time.fromData({
    year: local.getUTCFullYear(),
    month: local.getUTCMonth() + 1,
    day: local.getUTCDate(),
    hour: local.getUTCHours(),
    minute: local.getUTCMinutes(),
    second: local.getUTCSeconds(),
    isDate: false,
  });
}

function observance(
  zone: string,
  kind: 'standard' | 'daylight',
  start: ICAL.Time,
  from: number,
  to: number,
  at: number,
) {
  const component = new ICAL.Component(kind);
  component.addPropertyWithValue('dtstart', start);
  component.addPropertyWithValue('tzoffsetfrom', ICAL.UtcOffset.fromSeconds(from * 60));
  component.addPropertyWithValue('tzoffsetto', ICAL.UtcOffset.fromSeconds(to * 60));
  const name = zoneAbbreviation(zone, at);
  if (name) component.addPropertyWithValue('tzname', name);
  return component;
}

/** One stretch of time a VTIMEZONE must cover (the sessions of a year or so), in epoch ms. */
export interface ZoneWindow {
  from: number;
  to: number;
}

/**
 * The stretches the sessions of one zone occupy: spans less than a year apart share one window, so
 * a 2026 event and a stray year-9999 session give two short windows, not 8,000 years of rules.
 */
export function zoneWindows(spans: readonly ZoneWindow[]): ZoneWindow[] {
  const windows: ZoneWindow[] = [];
  for (const span of [...spans].sort((a, b) => a.from - b.from)) {
    const last = windows[windows.length - 1];
    if (last && span.from - last.to < 366 * DAY_MS) last.to = Math.max(last.to, span.to);
    else windows.push({ ...span });
  }
  return windows;
}

/**
 * A VTIMEZONE whose observances cover each window: the one in force at its start (found up to a
 * year back) and every change up to its end; nothing for the years between windows, which no event
 * uses. Observances with a larger offset than the zone's smallest in the windows are DAYLIGHT.
 */
export function buildVTimezone(zone: string, windows: readonly ZoneWindow[]): ICAL.Component {
  const perWindow = windows.map(({ from, to }) => {
    const changes = transitions(zone, from - 366 * DAY_MS, to);
    const before = changes.filter((t) => t.at <= from);
    return { from, changes, first: before[before.length - 1], inWindow: changes.filter((t) => t.at > from) };
  });
  const standardOffset = Math.min(
    ...windows.map((w) => offsetMinutes(zone, w.from)),
    ...perWindow.flatMap((w) => w.changes.flatMap((t) => [t.from, t.to])),
  );
  const vtimezone = new ICAL.Component('vtimezone');
  vtimezone.addPropertyWithValue('tzid', zone);
  let inForce: number | null = null;
  for (const [index, window] of perWindow.entries()) {
    if (!window.first && (index === 0 || offsetMinutes(zone, window.from) !== inForce)) {
      // No change in the year before: the offset in force since the epoch (as RFC examples do) for
      // the first window, since a year before a later one.
      const offset = offsetMinutes(zone, window.from);
      const start =
        index === 0
          ? ICAL.Time.fromData({ year: 1970, month: 1, day: 1, hour: 0, minute: 0, second: 0, isDate: false })
          : floatingTime(window.from - 366 * DAY_MS, offset);
      vtimezone.addSubcomponent(
        observance(zone, offset > standardOffset ? 'daylight' : 'standard', start, offset, offset, window.from),
      );
      inForce = offset;
    }
    for (const change of window.first ? [window.first, ...window.inWindow] : window.inWindow) {
      const kind = change.to > standardOffset ? 'daylight' : 'standard';
      // DTSTART is the wall-clock time of the change as read before it (RFC 5545 §3.6.5).
      vtimezone.addSubcomponent(
        observance(zone, kind, floatingTime(change.at, change.from), change.from, change.to, change.at),
      );
      inForce = change.to;
    }
  }
  return vtimezone;
}

// Instants are stored in UTC; they are shown and exported in the event's IANA zone.
import { TZDate } from '@date-fns/tz';
import { format } from 'date-fns';

/**
 * Remembers a pure function's answers. Imports convert tens of thousands of times that share a few
 * hundred distinct values (slots of a schedule grid), and parsing or rendering one costs around a
 * microsecond; the cache starts over when it grows past `limit`.
 */
function memo<K, T>(fn: (key: K) => T, limit = 20_000): (key: K) => T {
  const cache = new Map<K, T>();
  return (key) => {
    const hit = cache.get(key);
    if (hit !== undefined || cache.has(key)) return hit as T;
    const value = fn(key);
    if (cache.size >= limit) cache.clear();
    cache.set(key, value);
    return value;
  };
}

/** `memo` for a function of a value and a zone (null for none): one cache per zone. */
export function memoPerZone<K, T>(
  fn: (key: K, zone: string | null) => T,
  limit = 20_000,
): (key: K, zone: string | null) => T {
  const zones = new Map<string | null, (key: K) => T>();
  return (key, zone) => {
    let remembered = zones.get(zone);
    if (!remembered) zones.set(zone, (remembered = memo((k: K) => fn(k, zone), limit)));
    return remembered(key);
  };
}

/** Date.parse, remembered: the milliseconds of an ISO 8601 time, NaN when unparseable. */
export const instantMs = memo((value: string): number => Date.parse(value));

const utcIso = memo((value: string): string | null => {
  const ms = Date.parse(value);
  if (Number.isNaN(ms)) return null;
  return new Date(ms).toISOString().replace('.000Z', 'Z');
});

/** Any ISO 8601 instant (with Z or an offset) as UTC `YYYY-MM-DDTHH:mm:ssZ`, or null if unparseable. */
export function toUtcIso(value: string): string | null {
  return utcIso(value);
}

const formatters = new Map<string, Intl.DateTimeFormat>();
const offsets = new Map<string, number>();
// Zone offsets change on quarter-hour boundaries at most, so one lookup serves a 15-minute bucket:
// imports render tens of thousands of instants that share a few hundred slots.
const BUCKET_MS = 15 * 60_000;

/** Date.UTC for every year: Date.UTC itself reads years 0–99 as 1900–1999 (year 0001 became 1901). */
export function utcMs(year: number, month: number, day: number, hour = 0, minute = 0, second = 0): number {
  const ms = Date.UTC(year, month, day, hour, minute, second);
  return year >= 0 && year < 100 ? new Date(ms).setUTCFullYear(year) : ms;
}

/** Minutes `zone` is ahead of UTC at the instant `ms`. */
export function zoneOffsetMinutes(ms: number, zone: string): number {
  if (zone === 'UTC') return 0;
  const bucket = Math.floor(ms / BUCKET_MS);
  const cacheKey = `${zone}|${bucket}`;
  const cached = offsets.get(cacheKey);
  if (cached !== undefined) return cached;
  let formatter = formatters.get(zone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-US', {
      timeZone: zone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    formatters.set(zone, formatter);
  }
  const at = bucket * BUCKET_MS;
  const parts: Record<string, number> = {};
  for (const part of formatter.formatToParts(new Date(at)))
    if (part.type !== 'literal') parts[part.type] = Number(part.value);
  const wall = utcMs(parts.year!, parts.month! - 1, parts.day!, parts.hour!, parts.minute!, parts.second!);
  const offset = Math.round((wall - at) / 60_000);
  if (offsets.size > 100_000) offsets.clear();
  offsets.set(cacheKey, offset);
  return offset;
}

function offsetSuffix(minutes: number): string {
  if (minutes === 0) return 'Z';
  const sign = minutes < 0 ? '-' : '+';
  const abs = Math.abs(minutes);
  return `${sign}${String(Math.floor(abs / 60)).padStart(2, '0')}:${String(abs % 60).padStart(2, '0')}`;
}

function renderAt(ms: number, zone: string | null): string {
  if (!zone) return format(new TZDate(new Date(ms), 'UTC'), "yyyy-MM-dd'T'HH:mm:ssXXX");
  const offset = zoneOffsetMinutes(ms, zone);
  return `${new Date(ms + offset * 60_000).toISOString().slice(0, 19)}${offsetSuffix(offset)}`;
}

const renderedInZone = memoPerZone((utc: string, zone: string | null) => renderAt(Date.parse(utc), zone || null));

/** A UTC instant rendered in `zone` as ISO 8601 with that zone's offset at that instant. */
export function inZone(utc: string, zone: string | null): string {
  return renderedInZone(utc, zone);
}

const renderedAt = memoPerZone((ms: number, zone: string | null) => renderAt(ms, zone || null));

/**
 * inZone for an instant in epoch milliseconds, as `inZone(new Date(ms).toISOString(), zone)` but
 * without toISOString (about 1 us, the costliest step left in rendering a schedule's times).
 */
export function inZoneAt(ms: number, zone: string | null): string {
  // new Date() truncates fractions and refuses what is out of range, as the ISO round trip did.
  const at = new Date(ms).getTime();
  if (Number.isNaN(at)) throw new RangeError('Invalid time value'); // what toISOString threw
  return renderedAt(at, zone);
}

const DAY_MS = 86_400_000;

/**
 * How a wall-clock time (`Date.UTC` components as ms) maps to instants in `zone`, as RFC 5545 says
 * (3.3.5): a time in a daylight-saving gap is read with the offset before the gap, so it moves forward
 * by the gap (02:30 → 03:30 where clocks jump at 02:00); a time that happens twice is its first
 * occurrence. The same rule in every zone, east or west of UTC.
 */
export function resolveWallClock(wallMs: number, zone: string): { ms: number; fold: 'gap' | 'overlap' | null } {
  if (!Number.isFinite(wallMs)) return { ms: Number.NaN, fold: null };
  const before = zoneOffsetMinutes(wallMs - DAY_MS, zone);
  const after = zoneOffsetMinutes(wallMs + DAY_MS, zone);
  const fits = [...new Set([before, after])]
    .map((offset) => wallMs - offset * 60_000)
    .filter((ms) => ms + zoneOffsetMinutes(ms, zone) * 60_000 === wallMs);
  if (fits.length === 0) return { ms: wallMs - before * 60_000, fold: 'gap' };
  if (fits.length > 1) return { ms: Math.min(...fits), fold: 'overlap' };
  return { ms: fits[0]!, fold: null };
}

/** The instant a wall-clock time (`Date.UTC` components as ms) has in `zone` (resolveWallClock). */
export function wallClockToInstant(wallMs: number, zone: string): number {
  return resolveWallClock(wallMs, zone).ms;
}

/** The calendar day of a UTC instant in `zone`. */
export function dayInZone(utc: string, zone: string | null): string {
  return inZone(utc, zone).slice(0, 10);
}

export function isValidTimeZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

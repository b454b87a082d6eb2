// Instants are stored in UTC; they are shown and exported in the event's IANA zone.
import { TZDate } from '@date-fns/tz';
import { format } from 'date-fns';

/** Any ISO 8601 instant (with Z or an offset) as UTC `YYYY-MM-DDTHH:mm:ssZ`, or null if unparseable. */
export function toUtcIso(value: string): string | null {
  const ms = Date.parse(value);
  if (Number.isNaN(ms)) return null;
  return new Date(ms).toISOString().replace('.000Z', 'Z');
}

/** A UTC instant rendered in `zone` as ISO 8601 with that zone's offset at that instant. */
export function inZone(utc: string, zone: string | null): string {
  const date = new Date(utc);
  if (!zone) return format(new TZDate(date, 'UTC'), "yyyy-MM-dd'T'HH:mm:ssXXX");
  return format(new TZDate(date, zone), "yyyy-MM-dd'T'HH:mm:ssXXX");
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

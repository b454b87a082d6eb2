// How days, times and speakers are written in the UI.
import { TZDate } from '@date-fns/tz';
import { format } from 'date-fns';
import type { SessionView } from '../shared/types';

export function dayHeading(date: string | null): string {
  if (!date) return 'Day not announced';
  return format(new Date(`${date}T12:00:00Z`), 'EEEE, d MMMM yyyy');
}

/** "09:15 – 09:40" in the event's zone; null when the session has no time. */
export function timeRange(session: SessionView): string | null {
  if (!session.start) return null;
  const zone = session.timeZone ?? 'UTC';
  const start = format(new TZDate(new Date(session.start), zone), 'HH:mm');
  if (!session.end) return start;
  return `${start} – ${format(new TZDate(new Date(session.end), zone), 'HH:mm')}`;
}

export const KIND_LABELS: Record<SessionView['kind'], string> = {
  talk: 'Talk',
  lightning: 'Lightning talk',
  panel: 'Panel',
  keynote: 'Keynote',
  workshop: 'Workshop',
  booth: 'Booth talk',
  break: 'Break',
  other: 'Other',
};

/** The viewer's own time zone (the system's). */
export function localZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone;
}

/** "09:15 – 09:40" in `zone`; null when the session has no time. */
export function timeRangeIn(session: SessionView, zone: string): string | null {
  if (!session.start) return null;
  const start = format(new TZDate(new Date(session.start), zone), 'HH:mm');
  if (!session.end) return start;
  return `${start} – ${format(new TZDate(new Date(session.end), zone), 'HH:mm')}`;
}

/** The same range in the viewer's zone with its day, or null when that zone shows the same clock time. */
export function localTimeRange(session: SessionView, zone = localZone()): string | null {
  if (!session.start) return null;
  const eventZone = session.timeZone ?? 'UTC';
  const local = timeRangeIn(session, zone);
  if (local === timeRangeIn(session, eventZone)) return null;
  return `${format(new TZDate(new Date(session.start), zone), 'EEE')} ${local}`;
}

/** "Tue 24 Mar" for a YYYY-MM-DD day. */
export function shortDay(date: string | null): string {
  if (!date) return 'Day TBA';
  return format(new Date(`${date}T12:00:00Z`), 'EEE d MMM');
}

/** Time zone abbreviation-ish label: the IANA zone's city ("Amsterdam"). */
export function zoneLabel(zone: string | null): string {
  return (zone ?? 'UTC').split('/').pop()!.replace(/_/g, ' ');
}

/** "09:15": a UTC instant's clock time in `zone`. */
export function clockTime(utc: string, zone: string | null): string {
  return format(new TZDate(new Date(utc), zone ?? 'UTC'), 'HH:mm');
}

/** A fetch time in the viewer's own zone, e.g. "23 Nov 2026, 22:57". */
export function formatFetchTime(iso: string): string {
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? iso : format(date, 'd MMM yyyy, HH:mm');
}

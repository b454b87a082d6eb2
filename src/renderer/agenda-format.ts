// How agenda times, slots and change marks are written in the UI.
import { TZDate } from '@date-fns/tz';
import { format } from 'date-fns';
import type { ChangeKind, SessionView } from '../shared/types';

/** "11:15" for an instant, in the zone of the sessions around it. */
export function clock(iso: string, zone: string | null): string {
  return format(new TZDate(new Date(iso), zone ?? 'UTC'), 'HH:mm');
}

export function slotRange(start: string, end: string, zone: string | null): string {
  return `${clock(start, zone)} – ${clock(end, zone)}`;
}

const CHANGE_LABELS: Partial<Record<ChangeKind, string>> = {
  time: 'time',
  day: 'day',
  room: 'room',
  title: 'title',
  speakers: 'speakers',
  track: 'track',
  kind: 'kind',
};

/** "time, room" when the last import moved the session; null when nothing a user cares about changed. */
export function changeSummary(session: SessionView): string | null {
  if (session.status !== 'active') return null;
  const labels = session.changes.flatMap((c) => (CHANGE_LABELS[c] ? [CHANGE_LABELS[c]!] : []));
  return labels.length > 0 ? labels.join(', ') : null;
}

export function plural(n: number, noun: string): string {
  return `${n} ${noun}${n === 1 ? '' : 's'}`;
}

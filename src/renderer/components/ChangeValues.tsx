// One change to a session as the Changes view and an agenda card write it: what changed, and for
// day, time, room and the rest, the old value → the new one in the event's zone.
import { TZDate } from '@date-fns/tz';
import { format } from 'date-fns';
import type { ChangeKind, SessionChangeEntry } from '../../shared/types';

export const CHANGE_LABELS: Record<ChangeKind, string> = {
  new: 'New',
  removed: 'Removed',
  cancelled: 'Cancelled',
  title: 'Renamed',
  time: 'Time changed',
  day: 'Day changed',
  room: 'Room changed',
  speakers: 'Speakers changed',
  track: 'Track changed',
  kind: 'Kind changed',
};

/** Times read "Tue 24 Mar, 15:15" in the event's zone, days "Tue 24 Mar"; other values as stored. */
export function changeValue(change: ChangeKind, value: string | null, zone: string | null): string {
  if (!value) return '—';
  if (change === 'day' && /^\d{4}-\d\d-\d\d$/.test(value)) return format(new Date(`${value}T12:00:00Z`), 'EEE d MMM');
  if (change !== 'time' || Number.isNaN(Date.parse(value))) return value;
  return format(new TZDate(new Date(value), zone ?? 'UTC'), 'EEE d MMM, HH:mm');
}

/** Changes that have an old and a new value to show. */
function hasValues(change: ChangeKind): boolean {
  return change !== 'new' && change !== 'removed' && change !== 'cancelled';
}

export function ChangeList({
  entry,
  className = 'change-list',
}: {
  entry: Pick<SessionChangeEntry, 'changes' | 'timeZone'>;
  className?: string;
}) {
  return (
    <ul className={className}>
      {entry.changes.map((c, i) => (
        <li key={i}>
          <span className={`chip change-${c.change}`}>{CHANGE_LABELS[c.change]}</span>
          {hasValues(c.change) && (
            <span className="change-values">
              {' '}
              <del>{changeValue(c.change, c.oldValue, entry.timeZone)}</del> →{' '}
              <ins>{changeValue(c.change, c.newValue, entry.timeZone)}</ins>
            </span>
          )}
        </li>
      ))}
    </ul>
  );
}

/** Where and when the session is now: "Tue 24 Mar · 17:15 · Hall 8 | Room F". */
export function whereNow(entry: Pick<SessionChangeEntry, 'date' | 'start' | 'room' | 'timeZone'>): string {
  const parts = [
    entry.date ? format(new Date(`${entry.date}T12:00:00Z`), 'EEE d MMM') : 'Day not announced',
    entry.start ? format(new TZDate(new Date(entry.start), entry.timeZone ?? 'UTC'), 'HH:mm') : 'time TBA',
    entry.room,
  ];
  return parts.filter(Boolean).join(' · ');
}

// The event switcher: which event the catalogue, timetable, agenda, now/next and exports show.
import { format } from 'date-fns';
import type { EventSummary } from '../../core/search/event-focus';
import { useEventFocus } from '../hooks/useEventFocus';
import { useStores } from '../stores/context';

// No event is named with the empty string.
const ALL = '';

function day(date: string, pattern: string): string {
  return format(new Date(`${date}T12:00:00Z`), pattern);
}

/** "22–27 Mar 2026", "30 Mar – 2 Apr 2026", or the year alone when its days are not known. */
export function eventDates(event: EventSummary): string {
  const { firstDay: first, lastDay: last } = event;
  if (!first || !last) return event.year ?? 'dates not announced';
  if (first === last) return day(first, 'd MMM yyyy');
  if (first.slice(0, 7) === last.slice(0, 7)) return `${day(first, 'd')}–${day(last, 'd MMM yyyy')}`;
  if (first.slice(0, 4) === last.slice(0, 4)) return `${day(first, 'd MMM')} – ${day(last, 'd MMM yyyy')}`;
  return `${day(first, 'd MMM yyyy')} – ${day(last, 'd MMM yyyy')}`;
}

export function EventSwitcher() {
  const { catalogue } = useStores();
  const { events, event, defaultEvent } = useEventFocus();
  // One event (or none) and no archive view to leave: nothing to switch between.
  if (events.length < 2 && event !== null) return null;
  return (
    <div className="event-switcher">
      <label htmlFor="event-switcher">Event</label>
      <select
        id="event-switcher"
        value={event === null ? ALL : event}
        onChange={(e) => {
          const next = e.target.value;
          // Picking the default event is "the default", so a later, newer import takes over again.
          catalogue.chooseEvent(next === ALL ? null : next === defaultEvent ? undefined : next);
        }}
      >
        {events.map((e) => (
          <option key={e.name} value={e.name}>
            {e.name} · {eventDates(e)}
          </option>
        ))}
        <option value={ALL}>All events</option>
      </select>
    </div>
  );
}

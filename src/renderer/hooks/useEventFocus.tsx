// The event in focus for the whole window: computed once in App from the catalogue and the user's
// choice, and handed down so rows, cards and pages can mark sessions of another event with its year.
import { createContext, useContext, useMemo, type ReactNode } from 'react';
import { focusedEvent, sessionsOfEvent, summarizeEvents, type EventSummary } from '../../core/search/event-focus';
import type { SessionView } from '../../shared/types';
import { useNow } from '../clock';
import { useStore } from '../stores/use-store';
import { useStores } from '../stores/context';

export interface EventFocus {
  /** The events the catalogue holds, the latest first. */
  events: EventSummary[];
  /** The event in focus; null for all events. */
  event: string | null;
  /** The one the app opens on: running now, else the next, else the latest. */
  defaultEvent: string | null;
  /** The catalogue's sessions of that event (all of them for all events). */
  sessions: SessionView[];
}

/** Computes the focus from the catalogue store; App calls it once and provides it. */
export function useComputedEventFocus(): EventFocus {
  const { catalogue } = useStores();
  const sessions = useStore(catalogue, (s) => s.sessions);
  const choice = useStore(catalogue, (s) => s.eventChoice);
  const now = useNow();
  // The day decides the default, not the minute: the memo holds for a whole day.
  const today = now.toISOString().slice(0, 10);
  const events = useMemo(() => summarizeEvents(sessions), [sessions]);
  // eslint-disable-next-line react-hooks/exhaustive-deps -- `today` stands for `now`
  const defaultEvent = useMemo(() => focusedEvent(events, undefined, now), [events, today]);
  const event = choice === undefined ? defaultEvent : focusedEvent(events, choice, now);
  const focused = useMemo(() => sessionsOfEvent(sessions, event), [sessions, event]);
  return useMemo(() => ({ events, event, defaultEvent, sessions: focused }), [events, event, defaultEvent, focused]);
}

const EventFocusContext = createContext<EventFocus>({ events: [], event: null, defaultEvent: null, sessions: [] });

export function EventFocusProvider({ focus, children }: { focus: EventFocus; children: ReactNode }) {
  return <EventFocusContext.Provider value={focus}>{children}</EventFocusContext.Provider>;
}

export function useEventFocus(): EventFocus {
  return useContext(EventFocusContext);
}

/**
 * How a session's event is named where it is not the event in focus: its name, with the year added
 * when the name does not carry it ("KubeCon EU 2024", "Platform Day (2025)"); null for the focus event.
 */
export function useOtherEventLabel(session: Pick<SessionView, 'event' | 'date'>): string | null {
  const { event, events } = useEventFocus();
  if (!session.event || (event !== null && session.event === event) || (event === null && events.length < 2))
    return null;
  const year = session.date?.slice(0, 4) ?? events.find((e) => e.name === session.event)?.year ?? null;
  return year && !session.event.includes(year) ? `${session.event} (${year})` : session.event;
}

/** A session's event, with its year where it is not the event in focus. */
export function EventName({ session }: { session: Pick<SessionView, 'event' | 'date'> }) {
  return <>{useOtherEventLabel(session) ?? session.event}</>;
}

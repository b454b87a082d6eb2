// The event in focus: which events the catalogue holds, which one the app opens on (running now, else
// the next, else the latest), and the sessions of the one chosen. Pure, so the window and tests share it.
import type { SessionView } from '../../shared/types';
import { dayInZone } from '../time/zoned';

export interface EventSummary {
  name: string;
  /** First and last day any of its sessions has (YYYY-MM-DD), null when none has a day. */
  firstDay: string | null;
  lastDay: string | null;
  /** The zone most of its sessions are in: "today" is read there. */
  timeZone: string | null;
  sessionCount: number;
  /** The year it takes place in: from its days, else from its name; null when neither says. */
  year: string | null;
}

/** The events the sessions belong to, the latest first (those with no day last, by name). */
export function summarizeEvents(sessions: readonly SessionView[]): EventSummary[] {
  const byName = new Map<string, { days: string[]; zones: Map<string, number>; count: number }>();
  for (const session of sessions) {
    if (!session.event) continue;
    let entry = byName.get(session.event);
    if (!entry) byName.set(session.event, (entry = { days: [], zones: new Map(), count: 0 }));
    entry.count += 1;
    if (session.date) entry.days.push(session.date);
    if (session.timeZone) entry.zones.set(session.timeZone, (entry.zones.get(session.timeZone) ?? 0) + 1);
  }
  const events = [...byName].map(([name, { days, zones, count }]): EventSummary => {
    days.sort();
    const firstDay = days[0] ?? null;
    const timeZone = [...zones].sort((a, b) => b[1] - a[1])[0]?.[0] ?? null;
    const year = firstDay?.slice(0, 4) ?? /\b(19|20)\d\d\b/.exec(name)?.[0] ?? null;
    return { name, firstDay, lastDay: days.at(-1) ?? null, timeZone, sessionCount: count, year };
  });
  return events.sort(
    (a, b) =>
      Number(a.lastDay === null) - Number(b.lastDay === null) ||
      (b.lastDay ?? '').localeCompare(a.lastDay ?? '') ||
      a.name.localeCompare(b.name),
  );
}

/** The event to open on at `now`: the one running today, else the next to begin, else the latest; null when none. */
export function defaultEvent(events: readonly EventSummary[], now: Date): string | null {
  const at = now.toISOString();
  const dated = events.filter((e) => e.firstDay !== null && e.lastDay !== null);
  const today = (e: EventSummary) => dayInZone(at, e.timeZone);
  const running = dated.find((e) => e.firstDay! <= today(e) && today(e) <= e.lastDay!);
  if (running) return running.name;
  const upcoming = dated
    .filter((e) => e.firstDay! > today(e))
    .sort((a, b) => a.firstDay!.localeCompare(b.firstDay!) || a.name.localeCompare(b.name))[0];
  if (upcoming) return upcoming.name;
  return events[0]?.name ?? null;
}

/**
 * What the user chose: an event's name, `null` for all events, `undefined` for "the default".
 * A chosen event the catalogue no longer holds falls back to the default.
 */
export function focusedEvent(
  events: readonly EventSummary[],
  choice: string | null | undefined,
  now: Date,
): string | null {
  if (choice === null) return null;
  if (choice !== undefined && events.some((e) => e.name === choice)) return choice;
  return defaultEvent(events, now);
}

/** The sessions of `event`; every session when it is null (all events). */
export function sessionsOfEvent<T extends Pick<SessionView, 'event'>>(sessions: T[], event: string | null): T[] {
  return event === null ? sessions : sessions.filter((s) => s.event === event);
}

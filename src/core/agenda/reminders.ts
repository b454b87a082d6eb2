// Reminder scheduling with an injected clock: which starred sessions are due a notification, and a
// ticking scheduler that fires each reminder once. Electron's Notification stays in main.
import type { Reminder } from '../../shared/agenda-types';
import type { SessionView } from '../../shared/types';
import { firedInMemory, type FiredReminders } from './fired-reminders';
import { isoOf, spanOf } from './session-times';

/** Reminders for starred, active, timed sessions that have not started yet, soonest first. */
export function planReminders(sessions: SessionView[], minutesBefore: number, now: Date): Reminder[] {
  const at = now.getTime();
  return sessions
    .flatMap((session) => {
      const span = spanOf(session);
      if (!span || session.agenda === null || session.status !== 'active' || span.start <= at) return [];
      return [
        {
          sessionKey: session.sessionKey,
          title: session.title,
          room: session.room,
          at: isoOf(span.start - minutesBefore * 60_000),
          startsAt: isoOf(span.start),
        },
      ];
    })
    .sort((a, b) => a.at.localeCompare(b.at) || a.title.localeCompare(b.title));
}

/** The identity of one reminder: a session that moves gets a fresh reminder at its new time. */
export function reminderId(reminder: Reminder): string {
  return `${reminder.sessionKey}@${reminder.startsAt}`;
}

/** Reminders due at `now` (lead time reached, session not started) that have not fired yet. */
export function dueReminders(reminders: Reminder[], now: Date, fired: Pick<FiredReminders, 'has'>): Reminder[] {
  const at = now.getTime();
  return reminders.filter((r) => Date.parse(r.at) <= at && !fired.has(reminderId(r)));
}

export interface ReminderClock {
  now: () => Date;
  setInterval: (fn: () => void, ms: number) => unknown;
  clearInterval: (handle: unknown) => void;
}

export interface ReminderSchedulerOptions {
  clock: ReminderClock;
  /** Current starred sessions and the lead time (null: reminders off), read fresh on every tick. */
  load: () => { sessions: SessionView[]; minutesBefore: number | null };
  notify: (reminder: Reminder) => void;
  /** How often to look; a reminder fires at most this late. */
  everyMs?: number;
  /** What has been shown already; in memory unless given (the app keeps it in the database). */
  fired?: FiredReminders;
}

export interface ReminderScheduler {
  /** Checks now; returns the reminders it fired. */
  tick: () => Reminder[];
  stop: () => void;
}

export function startReminderScheduler(options: ReminderSchedulerOptions): ReminderScheduler {
  const fired = options.fired ?? firedInMemory();
  const tick = (): Reminder[] => {
    const { sessions, minutesBefore } = options.load();
    if (minutesBefore === null) return [];
    const now = options.clock.now();
    const due = dueReminders(planReminders(sessions, minutesBefore, now), now, fired);
    for (const reminder of due) {
      fired.add(reminderId(reminder), reminder.startsAt);
      options.notify(reminder);
    }
    return due;
  };
  const handle = options.clock.setInterval(() => {
    tick();
  }, options.everyMs ?? 30_000);
  return { tick, stop: () => options.clock.clearInterval(handle) };
}

/** The notification text: "Starts in 10 min · Room A". */
export function reminderBody(reminder: Reminder, now: Date): string {
  const minutes = Math.max(0, Math.round((Date.parse(reminder.startsAt) - now.getTime()) / 60_000));
  const when = minutes === 0 ? 'Starting now' : `Starts in ${minutes} min`;
  return reminder.room ? `${when} · ${reminder.room}` : when;
}

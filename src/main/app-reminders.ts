// The app's reminder scheduling: the core scheduler over whichever database is current at each tick,
// so a restored backup never leaves it holding a closed one. Electron-free and tested as it runs;
// reminders-electron.ts only adds Electron's Notification and the real clock.
import { firedInDatabase, type FiredReminders } from '../core/agenda/fired-reminders';
import {
  startReminderScheduler,
  type ReminderClock,
  type ReminderScheduler,
  type ReminderSchedulerOptions,
} from '../core/agenda/reminders';
import { listStarred } from '../core/store/agenda';
import { readSettings } from '../core/store/settings';
import type { App } from './app-context';

/** What has been shown, in whichever database is current when asked (nothing while there is none). */
function firedInCurrent(app: App, now: () => Date): FiredReminders {
  return {
    has: (id) => {
      const { db } = app.current();
      return db ? firedInDatabase(db).has(id) : false;
    },
    add: (id, startsAt) => {
      const { db } = app.current();
      if (db) firedInDatabase(db, now).add(id, startsAt);
    },
  };
}

export function startAppReminders(
  app: App,
  options: { clock: ReminderClock; notify: ReminderSchedulerOptions['notify']; everyMs?: number },
): ReminderScheduler {
  return startReminderScheduler({
    ...options,
    load: () => {
      const { db } = app.current();
      // No usable database (it failed to open): nothing to remind of until a restore brings one.
      if (!db) return { sessions: [], minutesBefore: null };
      return { sessions: listStarred(db), minutesBefore: readSettings(db).reminderMinutes };
    },
    fired: firedInCurrent(app, options.clock.now),
  });
}

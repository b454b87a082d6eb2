// Shows agenda reminders as desktop notifications: the core scheduler with the real clock and
// Electron's Notification. Kept thin; the timing logic is tested in core.
import { Notification } from 'electron';
import { listStarred } from '../core/agenda/agenda-store';
import { firedInDatabase } from '../core/agenda/fired-reminders';
import { reminderBody, startReminderScheduler, type ReminderScheduler } from '../core/agenda/reminders';
import { readSettings } from '../core/settings/settings-store';
import type { HandlerContext } from './handlers/context';

export function startElectronReminders(
  ctx: HandlerContext,
  onClick: (sessionKey: string) => void,
): ReminderScheduler | null {
  const db = ctx.db;
  if (!db || !Notification.isSupported()) return null;
  return startReminderScheduler({
    clock: {
      now: () => new Date(),
      setInterval: (fn, ms) => setInterval(fn, ms),
      clearInterval: (handle) => clearInterval(handle as ReturnType<typeof setInterval>),
    },
    load: () => ({ sessions: listStarred(db), minutesBefore: readSettings(db).reminderMinutes }),
    fired: firedInDatabase(db),
    notify: (reminder) => {
      const notification = new Notification({ title: reminder.title, body: reminderBody(reminder, new Date()) });
      notification.on('click', () => onClick(reminder.sessionKey));
      notification.show();
    },
  });
}

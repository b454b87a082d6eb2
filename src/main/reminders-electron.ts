// Shows agenda reminders as desktop notifications: app-reminders.ts's scheduler with the real clock
// and Electron's Notification. Kept thin; the scheduling is tested without Electron.
import { Notification } from 'electron';
import { reminderBody, type ReminderScheduler } from '../core/agenda/reminders';
import type { App } from './app-context';
import { startAppReminders } from './app-reminders';
import type { SourceNotice } from './source-refresh';

export function startElectronReminders(app: App, onClick: (sessionKey: string) => void): ReminderScheduler | null {
  if (!Notification.isSupported()) return null;
  return startAppReminders(app, {
    clock: {
      now: () => new Date(),
      setInterval: (fn, ms) => setInterval(fn, ms),
      clearInterval: (handle) => clearInterval(handle as ReturnType<typeof setInterval>),
    },
    notify: (reminder) => {
      const notification = new Notification({ title: reminder.title, body: reminderBody(reminder, new Date()) });
      notification.on('click', () => onClick(reminder.sessionKey));
      notification.show();
    },
  });
}

/** Shows a source refresh's notice (a starred session moved or was cancelled); clicking opens the session. */
export function electronNotify(onClick: (sessionKey: string) => void): (notice: SourceNotice) => void {
  return (notice) => {
    if (!Notification.isSupported()) return;
    const notification = new Notification({ title: notice.title, body: notice.body });
    notification.on('click', () => onClick(notice.sessionKey));
    notification.show();
  };
}

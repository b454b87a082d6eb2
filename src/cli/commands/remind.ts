// `kubeplan remind MINUTES|off`: the desktop app's reminder lead time (off by default).
import { readSettings, writeSettings } from '../../core/settings/settings-store';
import { UsageError, type Command } from '../command';
import { printJson } from '../io';

export const remindCommand: Command = {
  name: 'remind',
  usage: 'remind [minutes|off]    notify this many minutes before starred sessions (no argument: show)',
  run({ args, json, io, openDb }) {
    const db = openDb();
    const [value] = args;
    let settings = readSettings(db);
    if (value !== undefined) {
      const minutes = value === 'off' ? null : Number(value);
      if (minutes !== null && (!Number.isInteger(minutes) || minutes < 1 || minutes > 1440)) {
        throw new UsageError('remind takes a whole number of minutes from 1 to 1440, or "off"');
      }
      settings = writeSettings(db, { reminderMinutes: minutes });
    }
    if (json) printJson(io, settings);
    else
      io.stdout(
        settings.reminderMinutes === null
          ? 'reminders are off\n'
          : `reminders ${settings.reminderMinutes} minutes before\n`,
      );
    return 0;
  },
};

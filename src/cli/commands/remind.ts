// `kubeplan remind MINUTES|off`: the desktop app's reminder lead time (off by default), over the
// settings use case; the lead-time rule is shared with the app's.
import { getSettings, setSettings } from '../../core/use-cases/settings';
import { REMINDER_MINUTES_RULE, reminderMinutesSchema } from '../../shared/reminder-minutes';
import { UsageError, type Command } from '../command';
import { printJson } from '../io';

export const remindCommand: Command = {
  name: 'remind',
  usage: 'remind [minutes|off]    notify this many minutes before starred sessions (no argument: show)',
  run({ args, json, io, deps }) {
    const [value] = args;
    let settings = getSettings(deps());
    if (value !== undefined) {
      const minutes = value === 'off' ? null : Number(value);
      if (minutes !== null && !reminderMinutesSchema.safeParse(minutes).success) {
        throw new UsageError(`remind takes ${REMINDER_MINUTES_RULE}, or "off"`);
      }
      settings = setSettings(deps(), { reminderMinutes: minutes });
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

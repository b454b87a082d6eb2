// Channels of the user's preferences (today the reminder lead time).
import { z } from 'zod';
import type { AppSettings } from '../agenda-types';
import { reminderMinutesSchema } from '../reminder-minutes';
import { defineChannel } from './define-channel';

export const settingsChannels = {
  getSettings: defineChannel<AppSettings>()('settings:get', z.undefined()),
  setSettings: defineChannel<AppSettings>()(
    'settings:set',
    z.object({ reminderMinutes: reminderMinutesSchema.nullable().optional() }).strict(),
  ),
};

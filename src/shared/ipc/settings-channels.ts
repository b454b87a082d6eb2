// Channels of the user's preferences (today the reminder lead time).
import { z } from 'zod';
import type { AppSettings } from '../agenda-types';
import { defineChannel } from './define-channel';

export const settingsChannels = {
  getSettings: defineChannel<AppSettings>()('settings:get', z.undefined()),
  setSettings: defineChannel<AppSettings>()(
    'settings:set',
    z.object({ reminderMinutes: z.number().int().min(1).max(1440).nullable().optional() }).strict(),
  ),
};

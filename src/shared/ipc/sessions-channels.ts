// Channels that read the catalogue.
import { z } from 'zod';
import type { SessionView } from '../types';
import { defineChannel } from './define-channel';

export const sessionsChannels = {
  listSessions: defineChannel<SessionView[]>()(
    'sessions:list',
    z
      .object({
        includeRemoved: z.boolean().optional(),
        includeNonSessions: z.boolean().optional(),
      })
      .strict()
      .optional(),
  ),
  getSession: defineChannel<SessionView>()(
    'sessions:get',
    z.object({ sessionKey: z.string().min(1).max(200) }).strict(),
  ),
};

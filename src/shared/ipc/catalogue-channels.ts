// Channels that read the catalogue: the sessions, one session, and where a session came from.
import { z } from 'zod';
import type { SessionProvenance } from '../provenance';
import type { SessionView } from '../types';
import { defineChannel } from './define-channel';

export const sessionKey = z.string().min(1).max(200);

export const catalogueChannels = {
  listSessions: defineChannel<SessionView[]>()(
    'catalogue:list',
    z
      .object({
        includeRemoved: z.boolean().optional(),
        includeNonSessions: z.boolean().optional(),
      })
      .strict()
      .optional(),
  ),
  getSession: defineChannel<SessionView>()('catalogue:get', z.object({ sessionKey }).strict()),
  getSessionProvenance: defineChannel<SessionProvenance>()(
    'catalogue:session-provenance',
    z.object({ sessionKey }).strict(),
  ),
};

// Channels that read the catalogue: the sessions, one session, and where a session came from.
import { z } from 'zod';
import type { SessionProvenance } from '../provenance';
import type { SessionView } from '../types';
import { defineChannel } from './define-channel';

export interface SessionPageText {
  /** How many sessions the whole list holds. */
  total: number;
  /** The page's SessionView[] as JSON. */
  sessions: string;
}

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
  /**
   * A slice of listSessions in its order, as JSON text: the window draws the first screen's rows
   * from a small first page and fetches the rest behind. One string crosses IPC as one copy, and
   * JSON.parse builds thousands of small objects faster than a structured clone of them does.
   */
  listSessionsPage: defineChannel<SessionPageText>()(
    'catalogue:page',
    z
      .object({
        offset: z.number().int().min(0),
        limit: z.number().int().min(1).nullable(),
        includeRemoved: z.boolean().optional(),
        includeNonSessions: z.boolean().optional(),
      })
      .strict(),
  ),
  getSession: defineChannel<SessionView>()('catalogue:get', z.object({ sessionKey }).strict()),
  getSessionProvenance: defineChannel<SessionProvenance>()(
    'catalogue:session-provenance',
    z.object({ sessionKey }).strict(),
  ),
};

// Channels the catalogue's session page reads besides the sessions themselves.
import { z } from 'zod';
import type { SessionProvenance } from '../provenance';
import { defineChannel } from './define-channel';

export const catalogueChannels = {
  getSessionProvenance: defineChannel<SessionProvenance>()(
    'catalogue:session-provenance',
    z.object({ sessionKey: z.string().min(1).max(200) }).strict(),
  ),
};

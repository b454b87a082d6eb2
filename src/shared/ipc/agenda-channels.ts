// Channels of the personal agenda: stars, notes, the plan and now/next.
import { z } from 'zod';
import type { AgendaEntry, AgendaPlan, NowNext } from '../agenda-types';
import { sessionKey } from './catalogue-channels';
import { defineChannel } from './define-channel';

/** The event in focus: only its sessions count; none given (or null) means every event. */
const eventFocus = z
  .object({ event: z.string().min(1).max(500).nullable().optional() })
  .strict()
  .optional();

export const agendaChannels = {
  setStar: defineChannel<AgendaEntry>()(
    'agenda:set-star',
    z.object({ sessionKey, status: z.enum(['going', 'maybe']).nullable() }).strict(),
  ),
  setNote: defineChannel<AgendaEntry>()(
    'agenda:set-note',
    z.object({ sessionKey, note: z.string().max(10_000).nullable() }).strict(),
  ),
  getAgendaPlan: defineChannel<AgendaPlan>()('agenda:plan', eventFocus),
  getNowNext: defineChannel<NowNext>()('agenda:now-next', eventFocus),
};

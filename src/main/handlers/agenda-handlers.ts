// Handlers for the agenda channels: stars, notes, the plan and now/next.
import { setNote, setStar } from '../../core/agenda/agenda-store';
import { buildAgendaPlan } from '../../core/agenda/build-plan';
import { nowNext } from '../../core/agenda/now-next';
import { listSessions } from '../../core/store/read-sessions';
import type { agendaChannels } from '../../shared/ipc/agenda-channels';
import { requireDb, type HandlerContext } from './context';
import type { HandlerSlice } from './types';

export function agendaHandlers(ctx: HandlerContext): HandlerSlice<keyof typeof agendaChannels> {
  const now = () => (ctx.now ?? (() => new Date()))();
  return {
    setStar: ({ sessionKey, status }) => setStar(requireDb(ctx), sessionKey, status, now()),
    setNote: ({ sessionKey, note }) => setNote(requireDb(ctx), sessionKey, note, now()),
    getAgendaPlan: () => buildAgendaPlan(listSessions(requireDb(ctx), { includeRemoved: true })),
    getNowNext: () => nowNext(listSessions(requireDb(ctx)), now()),
  };
}

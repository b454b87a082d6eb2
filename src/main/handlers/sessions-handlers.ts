// Handlers for the catalogue channels.
import { getSession, listSessions } from '../../core/store/read-sessions';
import type { sessionsChannels } from '../../shared/ipc/sessions-channels';
import { requireDb, type HandlerContext } from './context';
import type { HandlerSlice } from './types';

export function sessionsHandlers(ctx: HandlerContext): HandlerSlice<keyof typeof sessionsChannels> {
  return {
    listSessions: (input) => listSessions(requireDb(ctx), input ?? {}),
    getSession: ({ sessionKey }) => getSession(requireDb(ctx), sessionKey),
  };
}

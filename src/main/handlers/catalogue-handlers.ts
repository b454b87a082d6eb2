// Handlers for the catalogue channels: the sessions, one session, and its provenance and last changes.
import { getSession, listSessions } from '../../core/store/read-sessions';
import { sessionProvenance } from '../../core/store/session-provenance';
import type { catalogueChannels } from '../../shared/ipc/catalogue-channels';
import { requireDb, type HandlerContext } from './context';
import type { HandlerSlice } from './types';

export function catalogueHandlers(ctx: HandlerContext): HandlerSlice<keyof typeof catalogueChannels> {
  return {
    listSessions: (input) => listSessions(requireDb(ctx), input ?? {}),
    getSession: ({ sessionKey }) => getSession(requireDb(ctx), sessionKey),
    getSessionProvenance: ({ sessionKey }) => {
      const db = requireDb(ctx);
      getSession(db, sessionKey); // a clear not-found for an unknown key
      return sessionProvenance(db, sessionKey);
    },
  };
}

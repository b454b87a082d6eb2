// Handlers for the catalogue channels: a session's provenance and last changes.
import { getSession } from '../../core/store/read-sessions';
import { sessionProvenance } from '../../core/store/session-provenance';
import type { catalogueChannels } from '../../shared/ipc/catalogue-channels';
import { requireDb, type HandlerContext } from './context';
import type { HandlerSlice } from './types';

export function catalogueHandlers(ctx: HandlerContext): HandlerSlice<keyof typeof catalogueChannels> {
  return {
    getSessionProvenance: ({ sessionKey }) => {
      const db = requireDb(ctx);
      getSession(db, sessionKey); // a clear not-found for an unknown key
      return sessionProvenance(db, sessionKey);
    },
  };
}

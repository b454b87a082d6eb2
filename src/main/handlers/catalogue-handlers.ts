// Handlers for the catalogue channels: the sessions, one session, and its provenance and last changes.
import { getSession, listSessions, listSessionsPage } from '../../core/store/read-sessions';
import { sessionProvenance } from '../../core/store/session-provenance';
import type { catalogueChannels } from '../../shared/ipc/catalogue-channels';
import { requireDb, type App } from './context';
import type { HandlerSlice } from './types';

export function catalogueHandlers(app: App): HandlerSlice<keyof typeof catalogueChannels> {
  return {
    listSessions: (input) => listSessions(requireDb(app), input ?? {}),
    listSessionsPage: (input) => {
      const page = listSessionsPage(requireDb(app), input);
      return { total: page.total, sessions: JSON.stringify(page.sessions) };
    },
    getSession: ({ sessionKey }) => getSession(requireDb(app), sessionKey),
    getSessionProvenance: ({ sessionKey }) => {
      const db = requireDb(app);
      getSession(db, sessionKey); // a clear not-found for an unknown key
      return sessionProvenance(db, sessionKey);
    },
  };
}

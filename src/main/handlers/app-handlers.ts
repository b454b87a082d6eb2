// Handlers for the app channels: start-up status and opening links.
import { listSessions } from '../../core/store/read-sessions';
import type { appChannels } from '../../shared/ipc/app-channels';
import type { HandlerContext } from './context';
import type { HandlerSlice } from './types';

export function appHandlers(ctx: HandlerContext): HandlerSlice<keyof typeof appChannels> {
  return {
    getStatus: () => ({
      databasePath: ctx.databasePath,
      sessionCount: ctx.db ? listSessions(ctx.db).length : 0,
      startupProblems: ctx.startupProblems,
    }),
    openExternal: ({ url }) => ctx.openExternal(url),
  };
}

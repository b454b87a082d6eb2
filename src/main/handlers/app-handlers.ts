// Handlers for the app channels: start-up status and opening links.
import { listSessions } from '../../core/store/read-sessions';
import { listBackups } from '../../core/store/backups';
import type { AppStatus, appChannels } from '../../shared/ipc/app-channels';
import type { HandlerContext } from './context';
import type { HandlerSlice } from './types';

function status(ctx: HandlerContext): AppStatus {
  return {
    databasePath: ctx.databasePath,
    databaseAvailable: ctx.db !== null,
    backups: listBackups(ctx.backupDir),
    sessionCount: ctx.db ? listSessions(ctx.db).length : 0,
    startupProblems: ctx.startupProblems,
  };
}

export function appHandlers(ctx: HandlerContext): HandlerSlice<keyof typeof appChannels> {
  return {
    getStatus: () => status(ctx),
    openExternal: ({ url }) => ctx.openExternal(url),
    readOpenedFile: ({ token }) => ctx.openedFiles.read(token),
    restoreBackup: ({ file }) => {
      ctx.restoreBackup(file);
      return status(ctx);
    },
  };
}

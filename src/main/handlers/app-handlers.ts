// Handlers for the app channels: start-up status, opening links, files handed to the app, and restoring
// a backup (which puts a new context in force for every holder).
import { countSessions } from '../../core/store/read-sessions';
import { onlyBundledSources } from '../../core/store/sources';
import { listRestorePoints } from '../../core/use-cases/restore-backup';
import type { AppStatus, appChannels } from '../../shared/ipc/app-channels';
import type { AppContext } from '../app-context';
import type { App } from './context';
import type { HandlerSlice } from './types';

function status(ctx: AppContext): AppStatus {
  return {
    databasePath: ctx.databasePath,
    databaseAvailable: ctx.db !== null,
    backups: listRestorePoints(ctx),
    // Counted in SQL: reading the whole catalogue only to count it doubled the start-up at 10k.
    sessionCount: ctx.db ? countSessions(ctx.db) : 0,
    exampleOnly: ctx.db ? onlyBundledSources(ctx.db) : false,
    startupProblems: [...ctx.startupProblems],
  };
}

export function appHandlers(app: App): HandlerSlice<keyof typeof appChannels> {
  return {
    getStatus: () => status(app.current()),
    openExternal: ({ url }) => app.services.openExternal(url),
    readOpenedFile: ({ token }) => app.services.openedFiles.read(token),
    restoreBackup: ({ file }) => status(app.restoreBackup(file)),
  };
}

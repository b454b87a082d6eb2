// Handlers for importing files from the app: preview (dry run), confirm, and the Changes view.
import { backupBeforeWrite } from '../../core/store/backups';
import { importText, previewText } from '../../core/importers/import-text';
import { readImportChanges } from '../../core/store/read-changes';
import type { importChannels } from '../../shared/ipc/import-channels';
import { requireDb, type HandlerContext } from './context';
import type { HandlerSlice } from './types';

export function importHandlers(ctx: HandlerContext): HandlerSlice<keyof typeof importChannels> {
  return {
    previewImport: (request) => ({ ...previewText(requireDb(ctx), request), fileName: request.name }),
    confirmImport: ({ skipBad, ...request }) => {
      const db = requireDb(ctx);
      return importText(db, request, skipBad ?? false, { beforeWrite: () => backupBeforeWrite(db, 'before-import') });
    },
    getChanges: (input) => readImportChanges(requireDb(ctx), input?.importId),
  };
}

// The import handlers with their parse step in the worker thread, so the window stays responsive
// while a big file is read; the dry run and the write stay on main, next to the database.
import { backupBeforeImport } from '../core/catalog/backup-before-import';
import { importParsedText, previewParsedText } from '../core/importers/import-text';
import { requireDb, type HandlerContext } from './handlers/context';
import type { HandlerTable } from './handlers/index';
import type { Offload } from './offload';
import type { OffloadTasks } from './offload-tasks';

export function withOffloadedImport(
  handlers: HandlerTable,
  ctx: HandlerContext,
  offload: Offload<OffloadTasks>,
): HandlerTable {
  return {
    ...handlers,
    previewImport: async (request) => {
      const parsed = await offload.run('parseImport', request);
      return { ...previewParsedText(requireDb(ctx), parsed), fileName: request.name };
    },
    confirmImport: async ({ skipBad, ...request }) => {
      const parsed = await offload.run('parseImport', request);
      // The database is read after the parse: a backup restored meanwhile is the one written to.
      const db = requireDb(ctx);
      return importParsedText(db, parsed, skipBad ?? false, {
        beforeWrite: () => backupBeforeImport(db, 'before-import'),
      });
    },
  };
}

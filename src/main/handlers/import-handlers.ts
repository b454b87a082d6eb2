// Handlers for importing a file the app was handed: preview (dry run), confirm, and the Changes view.
import { importHistory, latestChanges, readImportChanges } from '../../core/store/read-changes';
import { importSource, previewImport } from '../../core/use-cases/import-source';
import { planUndo } from '../../core/use-cases/undo-import';
import type { importChannels } from '../../shared/ipc/import-channels';
import { depsOf, requireDb, type App } from './context';
import type { HandlerSlice } from './types';

export function importHandlers(app: App): HandlerSlice<keyof typeof importChannels> {
  return {
    previewImport: (request) => previewImport(depsOf(app), request),
    confirmImport: ({ skipBad, allowRemovals, ...request }) =>
      importSource(depsOf(app), request, { skipBad: skipBad ?? false, allowRemovals: allowRemovals ?? false }),
    planUndo: ({ importId }) => planUndo(depsOf(app), app.current(), importId),
    undoImport: ({ importId }) => {
      // The plan is made again here, so what is restored is what the database says now.
      const plan = planUndo(depsOf(app), app.current(), importId);
      app.restoreBackup(plan.backup.file);
      return plan.undoes;
    },
    getChanges: (input) => readImportChanges(requireDb(app), input?.importId),
    getImportHistory: () => importHistory(requireDb(app)),
    getLatestChanges: () => latestChanges(requireDb(app)),
  };
}

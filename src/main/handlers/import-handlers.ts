// Handlers for importing a file the app was handed: preview (dry run), confirm, and the Changes view.
import { readImportChanges } from '../../core/store/read-changes';
import { importSource, previewImport } from '../../core/use-cases/import-source';
import type { importChannels } from '../../shared/ipc/import-channels';
import { depsOf, requireDb, type App } from './context';
import type { HandlerSlice } from './types';

export function importHandlers(app: App): HandlerSlice<keyof typeof importChannels> {
  return {
    previewImport: (request) => previewImport(depsOf(app), request),
    confirmImport: ({ skipBad, allowRemovals, ...request }) =>
      importSource(depsOf(app), request, { skipBad: skipBad ?? false, allowRemovals: allowRemovals ?? false }),
    getChanges: (input) => readImportChanges(requireDb(app), input?.importId),
  };
}

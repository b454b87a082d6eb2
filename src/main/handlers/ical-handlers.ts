// Handlers for the iCalendar channels: export a selection (as text, or saved where main's dialog says)
// and import an agenda, over the export and agenda-import use cases.
import { exportIcs, saveIcs } from '../../core/use-cases/export-ics';
import { importAgenda, previewAgendaImport } from '../../core/use-cases/import-agenda';
import { KubeplanError } from '../../shared/errors';
import type { icalChannels } from '../../shared/ipc/ical-channels';
import { depsOf, type App } from './context';
import type { HandlerSlice } from './types';

export function icalHandlers(app: App): HandlerSlice<keyof typeof icalChannels> {
  return {
    exportIcs: ({ scope }) => exportIcs(depsOf(app), scope),
    saveIcs: ({ scope }) => {
      const choose = app.services.chooseSavePath;
      if (!choose) throw new KubeplanError('internal', 'saving a file is not available here');
      return saveIcs(depsOf(app), scope, choose);
    },
    previewIcsImport: ({ text }) => previewAgendaImport(depsOf(app), text),
    applyIcsImport: (request) => importAgenda(depsOf(app), request),
  };
}

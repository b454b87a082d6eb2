// Handlers for the export and iCalendar channels: export a selection in any format (as text, or saved
// where main's dialog says) and import an .ics agenda, over the export and agenda-import use cases.
import { exportSessions, saveExport } from '../../core/use-cases/export-sessions';
import { importAgenda, previewAgendaImport } from '../../core/use-cases/import-agenda';
import { KubeplanError } from '../../shared/errors';
import type { icalChannels } from '../../shared/ipc/ical-channels';
import { depsOf, type App } from './context';
import type { HandlerSlice } from './types';

export function icalHandlers(app: App): HandlerSlice<keyof typeof icalChannels> {
  return {
    exportIcs: ({ scope, format }) => exportSessions(depsOf(app), scope, format ?? 'ics'),
    saveIcs: ({ scope, format }) => {
      const choose = app.services.chooseSavePath;
      if (!choose) throw new KubeplanError('internal', 'saving a file is not available here');
      return saveExport(depsOf(app), scope, format ?? 'ics', choose);
    },
    previewIcsImport: ({ text }) => previewAgendaImport(depsOf(app), text),
    applyIcsImport: (request) => importAgenda(depsOf(app), request),
  };
}

// Handlers for the iCalendar channels: export a selection (as text or saved to a file main chose), import an agenda.
import { exportFromStore } from '../../core/ical/export-selection';
import { importAgenda, previewAgendaImport } from '../../core/ical/import-agenda';
import { writeIcsFile } from '../../core/ical/write-ics-file';
import { backupBeforeWrite } from '../../core/store/backups';
import { KubeplanError } from '../../shared/errors';
import type { icalChannels } from '../../shared/ipc/ical-channels';
import { requireDb, type HandlerContext } from './context';
import type { HandlerSlice } from './types';

export function icalHandlers(ctx: HandlerContext): HandlerSlice<keyof typeof icalChannels> {
  const now = () => (ctx.now ?? (() => new Date()))();
  return {
    exportIcs: ({ scope }) => exportFromStore(requireDb(ctx), scope, now()),
    saveIcs: async ({ scope }) => {
      const exported = exportFromStore(requireDb(ctx), scope, now());
      if (!ctx.chooseSavePath) throw new KubeplanError('internal', 'saving a file is not available here');
      const target = await ctx.chooseSavePath(exported.suggestedName);
      if (target === null) return null;
      writeIcsFile(target, exported.text);
      return { path: target, eventCount: exported.eventCount, skippedNoDay: exported.skippedNoDay };
    },
    previewIcsImport: ({ text }) => previewAgendaImport(requireDb(ctx), text),
    applyIcsImport: ({ text, name, mode }) => {
      const db = requireDb(ctx);
      return importAgenda(db, text, mode, name || 'calendar', now(), () =>
        backupBeforeWrite(db, 'before-agenda-import'),
      );
    },
  };
}

// Handlers for the agenda channels: stars, notes, plan, now/next, settings and .ics export/import.
import { backupBeforeImport } from '../../core/catalog/backup-before-import';
import { setNote, setStar } from '../../core/agenda/agenda-store';
import { buildAgendaPlan } from '../../core/agenda/build-plan';
import { nowNext } from '../../core/agenda/now-next';
import { FORMAT_FILES, exportSelection } from '../../core/export/export-from-store';
import { importAgenda, previewAgendaImport } from '../../core/ical/import-agenda';
import { writeIcsFile } from '../../core/ical/write-ics-file';
import { readSettings, writeSettings } from '../../core/settings/settings-store';
import { listSessions } from '../../core/store/read-sessions';
import { KubeplanError } from '../../shared/errors';
import type { agendaChannels } from '../../shared/ipc/agenda-channels';
import { requireDb, type HandlerContext } from './context';
import type { HandlerSlice } from './types';

export function agendaHandlers(ctx: HandlerContext): HandlerSlice<keyof typeof agendaChannels> {
  const now = () => (ctx.now ?? (() => new Date()))();
  return {
    setStar: ({ id, status }) => setStar(requireDb(ctx), id, status, now()),
    setNote: ({ id, note }) => setNote(requireDb(ctx), id, note, now()),
    getAgendaPlan: () => buildAgendaPlan(listSessions(requireDb(ctx), { includeRemoved: true })),
    getNowNext: () => nowNext(listSessions(requireDb(ctx)), now()),
    getSettings: () => readSettings(requireDb(ctx)),
    setSettings: (changes) => writeSettings(requireDb(ctx), changes, now()),
    exportIcs: ({ scope, format }) => exportSelection(requireDb(ctx), scope, format ?? 'ics', now()),
    saveIcs: async ({ scope, format = 'ics' }) => {
      const { text, suggestedName, ...counts } = exportSelection(requireDb(ctx), scope, format, now());
      if (!ctx.chooseSavePath) throw new KubeplanError('internal', 'saving a file is not available here');
      const file = FORMAT_FILES[format];
      const target = await ctx.chooseSavePath(suggestedName, { name: file.filterName, extensions: [file.extension] });
      if (target === null) return null;
      writeIcsFile(target, text, `the ${format} export`);
      return { path: target, ...counts };
    },
    previewIcsImport: ({ text }) => previewAgendaImport(requireDb(ctx), text),
    applyIcsImport: ({ text, name, mode }) => {
      const db = requireDb(ctx);
      return importAgenda(db, text, mode, name || 'calendar', now(), () =>
        backupBeforeImport(db, 'before-agenda-import'),
      );
    },
  };
}

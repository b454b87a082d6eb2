// Handlers for the agenda channels: stars, notes, plan, now/next, settings and .ics export/import.
import { backupBeforeImport } from '../../core/catalog/backup-before-import';
import { setNote, setStar } from '../../core/agenda/agenda-store';
import { buildAgendaPlan } from '../../core/agenda/build-plan';
import { nowNext } from '../../core/agenda/now-next';
import { exportFromStore } from '../../core/ical/export-selection';
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
    setStar: ({ sessionKey, status }) => setStar(requireDb(ctx), sessionKey, status, now()),
    setNote: ({ sessionKey, note }) => setNote(requireDb(ctx), sessionKey, note, now()),
    getAgendaPlan: () => buildAgendaPlan(listSessions(requireDb(ctx), { includeRemoved: true })),
    getNowNext: () => nowNext(listSessions(requireDb(ctx)), now()),
    getSettings: () => readSettings(requireDb(ctx)),
    setSettings: (changes) => writeSettings(requireDb(ctx), changes, now()),
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
        backupBeforeImport(db, 'before-agenda-import'),
      );
    },
  };
}

// The work main hands to its worker thread: the parse step of an import and the .ics text of an
// export. Pure functions of plain data; the database stays on the main thread.
import { exportCalendar, type ExportOptions } from '../core/ical/export-calendar';
import { parseText, type TextImport } from '../core/importers/import-text';
import type { SessionView } from '../shared/types';

export const offloadTasks = {
  parseImport: (request: TextImport) => parseText(request),
  buildIcs: ({ sessions, options }: { sessions: SessionView[]; options: ExportOptions }) =>
    exportCalendar(sessions, options),
};

export type OffloadTasks = typeof offloadTasks;

// The work main hands to its worker thread: the parse step of an import and the .ics text of an
// export. Pure functions of plain data; the database stays on the main thread.
import { exportCalendar, type ExportOptions } from '../core/ical/export-calendar';
import { parseSource, type ParseRequest } from '../core/use-cases/import-source';
import type { SessionView } from '../shared/types';

export const offloadTasks = {
  parseImport: (request: ParseRequest) => parseSource(request),
  buildIcs: ({ sessions, options }: { sessions: SessionView[]; options: ExportOptions }) =>
    exportCalendar(sessions, options),
};

export type OffloadTasks = typeof offloadTasks;

// One export from the store in any format: the .ics export's selection, written as .ics, frab XML, c3voc JSON or CSV.
import { KubeplanError } from '../../shared/errors';
import { NOTHING_SKIPPED, describeSkipped, type ExportFormat, type ExportedFile } from '../../shared/export-types';
import { plural } from '../../shared/summary-text';
import type { SessionView } from '../../shared/types';
import { exportCalendar } from '../ical/export-calendar';
import { selectSessions, type Selection, type SelectionScope } from '../ical/select-sessions';
import { changeSequences } from '../store/agenda';
import type { Db } from '../store/db';
import { listSessions } from '../store/read-sessions';
import { sessionSourceUrls } from '../store/session-provenance';
import { buildConference, conferenceNaming } from './conference-model';
import { sessionsCsv } from './csv';
import { frabXml } from './frab-xml';
import { scheduleJson } from './schedule-json';

/** File name extension and save-dialog filter of each format. */
export const FORMAT_FILES: Record<ExportFormat, { extension: string; filterName: string }> = {
  ics: { extension: 'ics', filterName: 'iCalendar' },
  'frab-xml': { extension: 'xml', filterName: 'frab schedule.xml' },
  'schedule-json': { extension: 'json', filterName: 'c3voc schedule.json' },
  csv: { extension: 'csv', filterName: 'CSV spreadsheet' },
};

function fileName(selection: Selection, format: ExportFormat): string {
  return `${selection.suggestedName.replace(/\.ics$/, '')}.${FORMAT_FILES[format].extension}`;
}

function icsExport(db: Db, selection: Selection, now: Date): ExportedFile {
  const result = exportCalendar(selection.sessions, {
    now,
    sequences: changeSequences(db),
    personal: selection.personal,
    calendarName: selection.calendarName,
    suggestedName: selection.suggestedName,
  });
  // An empty calendar would look like a successful export that lost everything.
  if (result.eventCount === 0) {
    throw new KubeplanError(
      'not-found',
      `${plural(result.skippedNoDay, 'session')} selected, but none has a day yet: nothing to export`,
    );
  }
  return { ...NOTHING_SKIPPED, ...result, format: 'ics' };
}

function frabExport(db: Db, selection: Selection, scope: SelectionScope, format: 'frab-xml' | 'schedule-json') {
  const built = buildConference(selection.sessions, {
    ...conferenceNaming(selection.sessions, selection.calendarName, scope.kind === 'event'),
    links: sessionSourceUrls(db),
  });
  // An empty schedule would look like a successful export that lost everything.
  if (built.eventCount === 0) {
    throw new KubeplanError(
      'not-found',
      `nothing to export: frab and c3voc schedules hold timed sessions only, and the selection has ${describeSkipped(built).join(', ')}`,
    );
  }
  const { conference, ...counts } = built;
  return {
    ...counts,
    format,
    text: format === 'frab-xml' ? frabXml(conference) : scheduleJson(conference),
    suggestedName: fileName(selection, format),
  };
}

/**
 * `all` must include removed sessions (the agenda keeps starred ones a schedule dropped): .ics marks
 * them cancelled, CSV writes them with Active N, frab and c3voc leave them out and count them.
 */
export function exportSelection(
  db: Db,
  scope: SelectionScope,
  format: ExportFormat,
  now: Date = new Date(),
  all: SessionView[] = listSessions(db, { includeRemoved: true }),
): ExportedFile {
  const selection = selectSessions(all, scope);
  if (format === 'ics') return icsExport(db, selection, now);
  if (format === 'csv') {
    return {
      ...NOTHING_SKIPPED,
      format,
      text: sessionsCsv(selection.sessions),
      eventCount: selection.sessions.length,
      suggestedName: fileName(selection, format),
    };
  }
  return frabExport(db, selection, scope, format);
}

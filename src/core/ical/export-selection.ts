// One export from the store: select the sessions, read their change counts, write the calendar.
import { KubeplanError } from '../../shared/errors';
import type { IcsExport, IcsExportScope } from '../../shared/agenda-types';
import type { SessionView } from '../../shared/types';
import { changeSequences } from '../agenda/agenda-store';
import type { Db } from '../store/db';
import { listSessions } from '../store/read-sessions';
import { exportCalendar } from './export-calendar';
import { selectSessions } from './select-sessions';

export function exportFromStore(
  db: Db,
  scope: IcsExportScope,
  now: Date = new Date(),
  sessions: SessionView[] = listSessions(db, { includeRemoved: true }),
): IcsExport {
  const selection = selectSessions(sessions, scope);
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
  return result;
}

export function plural(n: number, noun: string): string {
  return `${n} ${noun}${n === 1 ? '' : 's'}`;
}

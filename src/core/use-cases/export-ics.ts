// Exporting sessions as an iCalendar file: the agenda, a track, an event, a search, a list or one
// session, as text or written to the file the shell chose (a save dialog, the CLI's -o).
import { KubeplanError } from '../../shared/errors';
import type { IcsExport, IcsExportScope, SavedIcs } from '../../shared/agenda-types';
import { plural } from '../../shared/summary-text';
import type { SessionView } from '../../shared/types';
import { exportCalendar } from '../ical/export-calendar';
import { selectSessions, type SelectionScope } from '../ical/select-sessions';
import { writeIcsFile } from '../ical/write-ics-file';
import { emptyFilters } from '../search/filters';
import { searchCatalogue } from '../search/search-catalogue';
import { buildIndex } from '../search/search-index';
import { changeSequences } from '../store/agenda';
import { listSessions } from '../store/read-sessions';
import { nowOf, type UseCaseDeps } from './deps';

/** The same search as the app and `kubeplan search` (phrases, -exclusions, typo rules), in calendar order. */
function searchKeys(sessions: SessionView[], query: string, now: Date): string[] {
  const active = sessions.filter((s) => s.status === 'active');
  const { hits } = searchCatalogue(buildIndex(active), query, emptyFilters(), now);
  const found = new Set(hits.map((hit) => hit.session.sessionKey));
  return active.filter((s) => found.has(s.sessionKey)).map((s) => s.sessionKey);
}

/** The .ics text of a selection. An empty calendar would look like a success that lost everything: refused. */
export function exportIcs(deps: UseCaseDeps, scope: IcsExportScope): IcsExport {
  const now = nowOf(deps);
  const sessions = listSessions(deps.db, { includeRemoved: true });
  let selected: SelectionScope;
  if (scope.kind === 'search') {
    const sessionKeys = scope.query.trim() === '' ? [] : searchKeys(sessions, scope.query, now);
    if (sessionKeys.length === 0) throw new KubeplanError('not-found', `no sessions match "${scope.query}"`, 'query');
    selected = { kind: 'sessions', sessionKeys };
  } else selected = scope;
  const selection = selectSessions(sessions, selected);
  const result = exportCalendar(selection.sessions, {
    now,
    sequences: changeSequences(deps.db),
    personal: selection.personal,
    calendarName: selection.calendarName,
    suggestedName: selection.suggestedName,
  });
  if (result.eventCount === 0) {
    throw new KubeplanError(
      'not-found',
      `${plural(result.skippedNoDay, 'session')} selected, but none has a day yet: nothing to export`,
    );
  }
  return result;
}

/**
 * Exports and writes the file where `chooseTarget` says (given the suggested file name), atomically;
 * null when the user cancelled the choice.
 */
export async function saveIcs(
  deps: UseCaseDeps,
  scope: IcsExportScope,
  chooseTarget: (suggestedName: string) => Promise<string | null>,
): Promise<SavedIcs | null> {
  const exported = exportIcs(deps, scope);
  const target = await chooseTarget(exported.suggestedName);
  if (target === null) return null;
  writeIcsFile(target, exported.text);
  return { path: target, eventCount: exported.eventCount, skippedNoDay: exported.skippedNoDay };
}

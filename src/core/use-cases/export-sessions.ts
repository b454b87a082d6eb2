// Exporting sessions: the agenda, a track, an event, a search, a list or one session, as .ics, frab
// schedule.xml, c3voc schedule.json or CSV; as text, or written to the file the shell chose.
import { KubeplanError } from '../../shared/errors';
import type { IcsExportScope } from '../../shared/agenda-types';
import type { ExportedFile, ExportFormat, LeftOutNonSessions, SavedExport } from '../../shared/export-types';
import type { SessionView } from '../../shared/types';
import { exportSelection, FORMAT_FILES } from '../export/export-from-store';
import { sameName, type SelectionScope } from '../ical/select-sessions';
import { writeIcsFile } from '../ical/write-ics-file';
import { emptyFilters } from '../search/filters';
import { searchCatalogue } from '../search/search-catalogue';
import { buildIndex } from '../search/search-index';
import { listSessions, NON_SESSION_KINDS } from '../store/read-sessions';
import { nowOf, type UseCaseDeps } from './deps';

/** The same search as the app and `kubeplan search` (phrases, -exclusions, typo rules), in calendar order. */
function searchKeys(sessions: SessionView[], query: string, now: Date): string[] {
  const active = sessions.filter((s) => s.status === 'active');
  const result = searchCatalogue(buildIndex(active), query, emptyFilters(), now);
  const found = new Set(Array.from(result.found, (n) => result.sessions[n]!.sessionKey));
  return active.filter((s) => found.has(s.sessionKey)).map((s) => s.sessionKey);
}

function resolveScope(sessions: SessionView[], scope: IcsExportScope, now: Date): SelectionScope {
  if (scope.kind !== 'search') return scope;
  const sessionKeys = scope.query.trim() === '' ? [] : searchKeys(sessions, scope.query, now);
  if (sessionKeys.length === 0) throw new KubeplanError('not-found', `no sessions match "${scope.query}"`, 'query');
  return { kind: 'sessions', sessionKeys };
}

/** A break or logistics entry nobody starred: not a session, so left out unless a whole event asks for it. */
function notASession(session: SessionView): boolean {
  return (NON_SESSION_KINDS as readonly string[]).includes(session.kind) && session.agenda === null;
}

/** What a whole-event export leaves out (or, asked to, includes): counted, so it is said, never silent. */
function leftOutOf(everything: SessionView[], event: string, included: boolean): LeftOutNonSessions {
  const left = included
    ? []
    : everything.filter((s) => s.status === 'active' && notASession(s) && sameName(s.event, event));
  const breaks = left.filter((s) => s.kind === 'break').length;
  return { breaks, logistics: left.length - breaks, included };
}

/** The text of a selection in `format`. An export with nothing in it would look like a success that lost everything: refused. */
export function exportSessions(deps: UseCaseDeps, scope: IcsExportScope, format: ExportFormat = 'ics'): ExportedFile {
  const now = nowOf(deps);
  // Removed sessions included: a starred session a schedule dropped is exported as cancelled (.ics, CSV).
  const everything = listSessions(deps.db, { includeRemoved: true, includeNonSessions: true });
  const withNonSessions = scope.kind === 'event' && scope.includeNonSessions === true;
  const sessions = withNonSessions ? everything : everything.filter((s) => !notASession(s));
  const file = exportSelection(deps.db, resolveScope(sessions, scope, now), format, now, sessions);
  return scope.kind === 'event' ? { ...file, leftOut: leftOutOf(everything, scope.event, withNonSessions) } : file;
}

/**
 * Exports and writes the file where `chooseTarget` says (given the suggested name and the file type,
 * for a save dialog), atomically; null when the user cancelled the choice.
 */
export async function saveExport(
  deps: UseCaseDeps,
  scope: IcsExportScope,
  format: ExportFormat,
  chooseTarget: (suggestedName: string, filter: { name: string; extensions: string[] }) => Promise<string | null>,
): Promise<SavedExport | null> {
  const { text, suggestedName, ...counts } = exportSessions(deps, scope, format);
  const file = FORMAT_FILES[format];
  const target = await chooseTarget(suggestedName, { name: file.filterName, extensions: [file.extension] });
  if (target === null) return null;
  writeIcsFile(target, text, `the ${format} export`);
  return { path: target, ...counts };
}

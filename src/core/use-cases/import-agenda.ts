// Importing an agenda from an .ics file (an exported or shared one): preview what matches, then star
// the matched sessions in one transaction, skipping bad events or changing nothing, as the user chose.
import { KubeplanError } from '../../shared/errors';
import type { IcsImportMode, IcsImportPreview, IcsImportResult } from '../../shared/agenda-types';
import { readAgendaIcs } from '../ical/read-agenda-ics';
import { setStars } from '../store/agenda';
import { listSessions } from '../store/read-sessions';
import { backupOnce, nowOf, type UseCaseDeps } from './deps';

export function previewAgendaImport(deps: UseCaseDeps, text: string): IcsImportPreview {
  // A shared agenda may star a break (a team lunch): it matches like any session.
  return readAgendaIcs(text, listSessions(deps.db, { includeRemoved: true, includeNonSessions: true }));
}

/** `name` is the file's, for messages (`agenda.ics:12: …`). The backup runs once the file is accepted. */
export function importAgenda(
  deps: UseCaseDeps,
  request: { text: string; name: string; mode: IcsImportMode },
): IcsImportResult {
  const { text, mode } = request;
  const name = request.name || 'calendar';
  const preview = previewAgendaImport(deps, text);
  const fatal = preview.matches.length === 0 && preview.problems.length > 0;
  if (preview.problems.length > 0 && (mode === 'all-or-nothing' || fatal)) {
    const first = preview.problems[0]!;
    const more = preview.problems.length > 1 ? ` (and ${preview.problems.length - 1} more problems)` : '';
    throw new KubeplanError(
      'parse-error',
      `${first.message}${more}; nothing was changed`,
      first.line === null ? name : `${name}:${first.line}`,
    );
  }
  backupOnce(deps, 'before-agenda-import')();
  const applied = setStars(
    deps.db,
    preview.matches.map((m) => ({ sessionKey: m.sessionKey, status: m.status, note: m.note })),
    nowOf(deps),
  );
  return { applied, preview };
}

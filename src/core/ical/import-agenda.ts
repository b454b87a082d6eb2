// Applies an .ics agenda import: stars the matched sessions in one transaction, either skipping the
// bad events or changing nothing when any event is bad, as the user chose after the preview.
import { KubeplanError } from '../../shared/errors';
import type { IcsImportMode, IcsImportResult } from '../../shared/agenda-types';
import { setStars } from '../agenda/agenda-store';
import type { Db } from '../store/db';
import { listSessions } from '../store/read-sessions';
import { readAgendaIcs } from './read-agenda-ics';

export function previewAgendaImport(db: Db, text: string) {
  return readAgendaIcs(text, listSessions(db, { includeRemoved: true }));
}

/** `beforeWrite` (the automatic backup) runs only once the file has been read and accepted. */
export function importAgenda(
  db: Db,
  text: string,
  mode: IcsImportMode,
  file: string,
  now: Date = new Date(),
  beforeWrite?: () => void,
): IcsImportResult {
  const preview = previewAgendaImport(db, text);
  const fatal = preview.matches.length === 0 && preview.problems.length > 0;
  if (preview.problems.length > 0 && (mode === 'all-or-nothing' || fatal)) {
    const first = preview.problems[0]!;
    const more = preview.problems.length > 1 ? ` (and ${preview.problems.length - 1} more problems)` : '';
    throw new KubeplanError(
      'parse-error',
      `${first.message}${more}; nothing was changed`,
      first.line === null ? file : `${file}:${first.line}`,
    );
  }
  beforeWrite?.();
  const applied = setStars(
    db,
    preview.matches.map((m) => ({ sessionKey: m.sessionKey, status: m.status, note: m.note })),
    now,
  );
  return { applied, preview };
}

// A team's agendas: a colleague's calendar as a named overlay (never the user's own stars), who goes
// where, which sessions of chosen tracks nobody attends, when everyone is free, and the user's agenda
// exported for a colleague with only the notes they choose to share.
import { KubeplanError } from '../../shared/errors';
import type { IcsExport } from '../../shared/agenda-types';
import type {
  MeetSlot,
  RemovedTeamMember,
  TeamAgendaEntry,
  TeamAttendance,
  TeamCoverage,
  TeamImportResult,
  TeamMember,
} from '../../shared/planning-types';
import { exportCalendar } from '../ical/export-calendar';
import { readAgendaIcs } from '../ical/read-agenda-ics';
import { writeIcsFile } from '../ical/write-ics-file';
import { changeSequences } from '../store/agenda';
import { listSessions } from '../store/read-sessions';
import { listMembers, removeMember, saveMember, teamAttendance } from '../store/team-store';
import { meetSlots } from '../team/meet-slots';
import { nowOf, type UseCaseDeps } from './deps';

export const MAX_MEMBER_NAME = 80;

function checkName(name: string): string {
  const trimmed = name.trim();
  if (trimmed === '' || trimmed.length > MAX_MEMBER_NAME) {
    throw new KubeplanError('invalid-argument', `a colleague's name is 1 to ${MAX_MEMBER_NAME} characters`, 'name');
  }
  return trimmed;
}

/**
 * Reads a colleague's .ics (one kubeplan exported, or any calendar of sessions) and keeps the
 * sessions it matches under their name, replacing what an earlier file of theirs said. A file that
 * matches nothing is refused, naming the file and its first problem.
 */
export function addTeamMember(
  deps: UseCaseDeps,
  request: { name: string; text: string; fileName: string },
): TeamImportResult {
  const name = checkName(request.name);
  const fileName = request.fileName || 'calendar';
  const preview = readAgendaIcs(
    request.text,
    listSessions(deps.db, { includeRemoved: true, includeNonSessions: true }),
  );
  if (preview.matches.length === 0) {
    const first = preview.problems[0];
    const where = first?.line ? `${fileName}:${first.line}` : fileName;
    throw new KubeplanError(
      'parse-error',
      first ? `${first.message}; no colleague was added` : `no event of ${fileName} matches a session in the catalogue`,
      where,
    );
  }
  const member = saveMember(
    deps.db,
    name,
    preview.matches.map((m) => ({ sessionKey: m.sessionKey, status: m.status, note: m.note })),
    nowOf(deps),
  );
  return { member, matched: preview.matches.length, unmatched: preview.unmatched, problems: preview.problems };
}

export function listTeam(deps: UseCaseDeps): TeamMember[] {
  return listMembers(deps.db);
}

/** Removes a colleague's overlay; the answer carries their agenda, so the app can offer Undo. */
export function removeTeamMember(deps: UseCaseDeps, name: string): RemovedTeamMember {
  return removeMember(deps.db, name);
}

/**
 * Puts a removed colleague back (Undo) with the agenda `removeTeamMember` answered; sessions that have
 * left the catalogue since are skipped, and a colleague of that name added meanwhile is refused.
 */
export function restoreTeamMember(
  deps: UseCaseDeps,
  removed: { name: string; entries: readonly TeamAgendaEntry[] },
): TeamMember {
  const name = checkName(removed.name);
  if (listMembers(deps.db).some((m) => m.name === name)) {
    throw new KubeplanError('invalid-argument', `a colleague named "${name}" is already in the team`, 'name');
  }
  const known = new Set(
    listSessions(deps.db, { includeRemoved: true, includeNonSessions: true }).map((s) => s.sessionKey),
  );
  return saveMember(
    deps.db,
    name,
    removed.entries.filter((e) => known.has(e.sessionKey)),
    nowOf(deps),
  );
}

export function teamOverlay(deps: UseCaseDeps): TeamAttendance[] {
  return teamAttendance(deps.db);
}

/** Sessions of `tracks` that nobody attends: no colleague and not the user. */
export function teamCoverage(deps: UseCaseDeps, tracks: readonly string[]): TeamCoverage {
  if (tracks.length === 0) throw new KubeplanError('invalid-argument', 'name at least one track', 'tracks');
  const sessions = listSessions(deps.db);
  const known = new Set(sessions.map((s) => s.track).filter((t): t is string => t !== null));
  const unknown = tracks.find((t) => !known.has(t));
  if (unknown) throw new KubeplanError('not-found', `no track named "${unknown}"`, 'tracks');
  const attended = new Set(teamAttendance(deps.db).map((a) => a.sessionKey));
  const inTracks = sessions.filter((s) => s.track !== null && tracks.includes(s.track));
  const uncovered = inTracks.filter((s) => s.agenda === null && !attended.has(s.sessionKey));
  return { tracks: [...tracks], covered: inTracks.length - uncovered.length, uncovered };
}

/** Slots of at least `minMinutes` when the user (going or maybe) and every colleague are free. */
export function teamMeetSlots(deps: UseCaseDeps, minMinutes = 30): MeetSlot[] {
  const sessions = listSessions(deps.db);
  const busy = new Set([
    ...sessions.filter((s) => s.agenda !== null).map((s) => s.sessionKey),
    ...teamAttendance(deps.db).map((a) => a.sessionKey),
  ]);
  return meetSlots(sessions, busy, minMinutes);
}

/**
 * The user's agenda as one .ics for a colleague: stars with going/maybe, and notes only on the
 * sessions named in `shareNotes` ('all' for every note). Adding it with `addTeamMember` reads it back.
 */
export function exportForColleague(
  deps: UseCaseDeps,
  options: { shareNotes: 'none' | 'all' | readonly string[]; includeMaybe?: boolean },
): IcsExport {
  const shared = options.shareNotes;
  const keep = (key: string): boolean => shared === 'all' || (shared !== 'none' && shared.includes(key));
  const sessions = listSessions(deps.db, { includeRemoved: true })
    .filter((s) => s.agenda === 'going' || (s.agenda === 'maybe' && options.includeMaybe !== false))
    .map((s) => ({ ...s, note: keep(s.sessionKey) ? s.note : null }));
  if (sessions.length === 0) throw new KubeplanError('not-found', 'your agenda is empty: nothing to share', 'agenda');
  return exportCalendar(sessions, {
    now: nowOf(deps),
    sequences: changeSequences(deps.db),
    personal: true,
    calendarName: 'kubeplan agenda (shared)',
    suggestedName: 'kubeplan-agenda-shared.ics',
  });
}

/** Writes the shared agenda where `chooseTarget` says (a save dialog in the app); null when cancelled. */
export async function saveForColleague(
  deps: UseCaseDeps,
  options: { shareNotes: 'none' | 'all' | readonly string[]; includeMaybe?: boolean },
  chooseTarget: (suggestedName: string, filter: { name: string; extensions: string[] }) => Promise<string | null>,
): Promise<{ path: string; eventCount: number } | null> {
  const file = exportForColleague(deps, options);
  const target = await chooseTarget(file.suggestedName, { name: 'iCalendar', extensions: ['ics'] });
  if (target === null) return null;
  writeIcsFile(target, file.text, 'the shared agenda');
  return { path: target, eventCount: file.eventCount };
}

// Which sessions an export holds: the agenda, a track, an event, a list of ids or one session.
import { KubeplanError } from '../../shared/errors';
import type { IcsExportScope } from '../../shared/agenda-types';
import type { SessionView } from '../../shared/types';

export interface Selection {
  sessions: SessionView[];
  calendarName: string;
  suggestedName: string;
  /** Agenda exports carry star levels and notes. */
  personal: boolean;
}

/** The same event, track… whatever the case: how every scope matches a name. */
export function sameName(a: string | null, b: string): boolean {
  return a !== null && a.localeCompare(b, undefined, { sensitivity: 'accent' }) === 0;
}

export function fileSafe(name: string): string {
  return (
    name
      .normalize('NFKD')
      .replace(/\p{M}+/gu, '')
      .replace(/[^A-Za-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .toLowerCase()
      .slice(0, 60) || 'sessions'
  );
}

function known(values: (string | null)[]): string {
  const names = [...new Set(values.filter((v): v is string => v !== null))].sort();
  return names.length > 0 ? ` (known: ${names.slice(0, 10).join('; ')}${names.length > 10 ? '; …' : ''})` : '';
}

/** The scopes that name their sessions outright; a search is resolved to a list of keys first. */
export type SelectionScope = Exclude<IcsExportScope, { kind: 'search' }>;

/** `all` must include removed sessions: starred ones that a schedule dropped are exported as cancelled. */
export function selectSessions(all: SessionView[], scope: SelectionScope): Selection {
  const active = all.filter((s) => s.status === 'active');
  switch (scope.kind) {
    case 'agenda': {
      const sessions = all.filter(
        (s) =>
          (s.agenda === 'going' || (scope.includeMaybe && s.agenda === 'maybe')) &&
          (scope.event === undefined || sameName(s.event, scope.event)),
      );
      if (sessions.length === 0) {
        throw new KubeplanError(
          'not-found',
          (scope.includeMaybe ? 'your agenda is empty: star sessions first' : 'no session is starred "going"') +
            (scope.event === undefined ? '' : ` in ${scope.event}`),
        );
      }
      return { sessions, calendarName: 'My KubeCon agenda', suggestedName: 'kubeplan-agenda.ics', personal: true };
    }
    case 'track': {
      const sessions = active.filter(
        (s) => sameName(s.track, scope.track) && (scope.event === undefined || sameName(s.event, scope.event)),
      );
      if (sessions.length === 0) {
        throw new KubeplanError(
          'not-found',
          `no sessions in track "${scope.track}"${known(active.map((s) => s.track))}`,
          'track',
        );
      }
      return {
        sessions,
        calendarName: sessions[0]!.track!,
        suggestedName: `${fileSafe(scope.track)}.ics`,
        personal: false,
      };
    }
    case 'event': {
      const sessions = active.filter((s) => sameName(s.event, scope.event));
      if (sessions.length === 0) {
        throw new KubeplanError(
          'not-found',
          `no sessions in event "${scope.event}"${known(active.map((s) => s.event))}`,
          'event',
        );
      }
      return {
        sessions,
        calendarName: sessions[0]!.event!,
        suggestedName: `${fileSafe(scope.event)}.ics`,
        personal: false,
      };
    }
    case 'sessions': {
      const byId = new Map(all.map((s) => [s.sessionKey, s]));
      const sessions = scope.sessionKeys.flatMap((id) => {
        const found = byId.get(id);
        return found ? [found] : [];
      });
      if (sessions.length === 0) throw new KubeplanError('not-found', 'no sessions to export: the list is empty');
      return { sessions, calendarName: 'kubeplan sessions', suggestedName: 'kubeplan-sessions.ics', personal: false };
    }
    case 'session': {
      const session = all.find((s) => s.sessionKey === scope.sessionKey);
      if (!session) throw new KubeplanError('not-found', `no session with key ${scope.sessionKey}`, 'sessionKey');
      return {
        sessions: [session],
        calendarName: session.title,
        suggestedName: `${fileSafe(session.title)}.ics`,
        personal: true,
      };
    }
  }
}

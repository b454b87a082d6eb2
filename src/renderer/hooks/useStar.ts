// Stars as the agenda store holds them, for components that show or change one.
import { useCallback, useMemo } from 'react';
import type { AgendaStatus, SessionView } from '../../shared/types';
import { starOf } from '../stores/agenda-store';
import { useStore } from '../stores/use-store';
import { useStores } from '../stores/context';

/** The star level of `session`, following changes made since the sessions were loaded. */
export function useStarStatus(session: Pick<SessionView, 'sessionKey' | 'agenda'>): AgendaStatus | null {
  const { agenda } = useStores();
  return useStore(agenda, (s) => starOf(s.overrides, session));
}

/** How many sessions are starred, counting changes made since the catalogue loaded. */
export function useStarredCount(sessions: SessionView[]): number {
  const { agenda } = useStores();
  const overrides = useStore(agenda, (s) => s.overrides);
  return useMemo(() => sessions.filter((s) => starOf(overrides, s) !== null).length, [sessions, overrides]);
}

/** A function giving any session's star level now; a new function whenever a star changes. */
export function useStatusOf(): (session: Pick<SessionView, 'sessionKey' | 'agenda'>) => AgendaStatus | null {
  const { agenda } = useStores();
  const overrides = useStore(agenda, (s) => s.overrides);
  return useCallback((session) => starOf(overrides, session), [overrides]);
}

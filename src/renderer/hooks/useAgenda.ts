// The renderer's agenda state: star levels as main stored them plus changes made since the catalogue
// loaded, shared by every StarButton, and the plan the agenda screen shows.
import { useCallback, useEffect, useMemo, useState, useSyncExternalStore } from 'react';
import type { AgendaPlan } from '../../shared/agenda-types';
import type { AgendaStatus, SessionView } from '../../shared/types';
import { api } from '../api';
import { errorMessage } from '../../shared/errors';

const overrides = new Map<string, AgendaStatus | null>();
/** The last session taken off the agenda, so the agenda can offer to undo it. */
let lastRemoved: { sessionKey: string; title: string; previous: AgendaStatus } | null = null;
const listeners = new Set<() => void>();
let version = 0;

function emit(): void {
  version += 1;
  for (const listener of listeners) listener();
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** going → maybe → not starred → going: one button covers both levels. */
export function nextStatus(status: AgendaStatus | null): AgendaStatus | null {
  if (status === null) return 'going';
  return status === 'going' ? 'maybe' : null;
}

export interface AgendaActions {
  /** Bumps whenever a star changes, so views that list the agenda refetch. */
  version: number;
  statusOf: (session: Pick<SessionView, 'sessionKey' | 'agenda'>) => AgendaStatus | null;
  /** `from` (what the user saw) and `title` let the agenda offer Undo after a removal. */
  setStar: (
    sessionKey: string,
    status: AgendaStatus | null,
    from?: { title: string; status: AgendaStatus | null },
  ) => Promise<void>;
  lastRemoved: { sessionKey: string; title: string; previous: AgendaStatus } | null;
  undoRemove: () => Promise<void>;
  setNote: (sessionKey: string, note: string | null) => Promise<void>;
  /** Forgets local changes after main changed many stars at once (an import); callers reload. */
  refresh: () => void;
}

export function useAgenda(): AgendaActions {
  const current = useSyncExternalStore(subscribe, () => version);
  const statusOf = useCallback(
    (session: Pick<SessionView, 'sessionKey' | 'agenda'>) =>
      overrides.has(session.sessionKey) ? overrides.get(session.sessionKey)! : session.agenda,
    // eslint-disable-next-line react-hooks/exhaustive-deps -- the map is read afresh on each version
    [current],
  );
  const setStar = useCallback(
    async (sessionKey: string, status: AgendaStatus | null, from?: { title: string; status: AgendaStatus | null }) => {
      const had = overrides.has(sessionKey);
      const before = overrides.get(sessionKey);
      lastRemoved = null;
      // Show the change at once; undo it if main refuses.
      overrides.set(sessionKey, status);
      emit();
      try {
        await api.setStar({ sessionKey, status });
        if (status === null && from?.status) lastRemoved = { sessionKey, title: from.title, previous: from.status };
        emit();
      } catch (error) {
        if (had) overrides.set(sessionKey, before ?? null);
        else overrides.delete(sessionKey);
        emit();
        throw error;
      }
    },
    [],
  );
  const setNote = useCallback(async (sessionKey: string, note: string | null) => {
    await api.setNote({ sessionKey, note });
    emit();
  }, []);
  const refresh = useCallback(() => {
    overrides.clear();
    emit();
  }, []);
  const undoRemove = useCallback(async () => {
    const removed = lastRemoved;
    if (!removed) return;
    await setStar(removed.sessionKey, removed.previous);
  }, [setStar]);
  return { version: current, statusOf, setStar, setNote, refresh, lastRemoved, undoRemove };
}

export interface PlanState {
  plan: AgendaPlan | null;
  error: string | null;
  reload: () => void;
}

/** The agenda plan from main, fetched again whenever a star or note changes. */
export function useAgendaPlan(): PlanState {
  const { version: agendaVersion } = useAgenda();
  const [generation, setGeneration] = useState(0);
  const [state, setState] = useState<{ plan: AgendaPlan | null; error: string | null }>({ plan: null, error: null });
  useEffect(() => {
    let live = true;
    api.getAgendaPlan().then(
      (plan) => live && setState({ plan, error: null }),
      (error: unknown) => live && setState((s) => ({ plan: s.plan, error: errorMessage(error) })),
    );
    return () => {
      live = false;
    };
  }, [agendaVersion, generation]);
  const reload = useCallback(() => setGeneration((n) => n + 1), []);
  return { ...state, reload };
}

/** How many sessions are starred, counting changes made since the catalogue loaded. */
export function useStarredCount(sessions: SessionView[]): number {
  const { statusOf } = useAgenda();
  return useMemo(() => sessions.filter((s) => statusOf(s) !== null).length, [sessions, statusOf]);
}

/** One step of the star cycle for a session (what the star button and the `s` key do). */
export function useToggleStar(): (session: SessionView) => void {
  const { statusOf, setStar } = useAgenda();
  return useCallback(
    (session: SessionView) => {
      const status = statusOf(session);
      void setStar(session.sessionKey, nextStatus(status), { title: session.title, status }).catch(() => {});
    },
    [statusOf, setStar],
  );
}

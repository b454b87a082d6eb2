// Planning help for one screen: For you as a ranking (session key → rank and reasons), and per session
// its pin, who of the team goes and its recordings, following the planning store.
import { createContext, useContext, useEffect, useMemo } from 'react';
import type { Recording, TeamAttendance } from '../../shared/planning-types';
import { useStore } from '../stores/use-store';
import { useStores } from '../stores/context';

export interface ForYouRanking {
  /** Session key → its place in For you (0 first), for searchCatalogue's `within`. */
  rank: ReadonlyMap<string, number>;
  reasons: ReadonlyMap<string, readonly string[]>;
}

/** For you while `enabled` (read again after every star change); null when off or not read yet. */
export function useForYou(enabled: boolean): ForYouRanking | null {
  const { planning, agenda } = useStores();
  const version = useStore(agenda, (s) => s.version);
  const forYou = useStore(planning, (s) => s.forYou);
  useEffect(() => {
    if (enabled) void planning.loadForYou(version);
  }, [enabled, version, planning]);
  return useMemo(() => {
    if (!enabled || !forYou) return null;
    return {
      rank: new Map(forYou.items.map((r, i) => [r.session.sessionKey, i])),
      reasons: new Map(forYou.items.map((r) => [r.session.sessionKey, r.reasons])),
    };
  }, [enabled, forYou]);
}

/** For you's reasons for the cells of a grid (null: the filter is off). */
export const ForYouReasons = createContext<ReadonlyMap<string, readonly string[]> | null>(null);

export function useForYouReasons(sessionKey: string): readonly string[] | undefined {
  return useContext(ForYouReasons)?.get(sessionKey);
}

const NO_MEMBERS: TeamAttendance['members'] = [];
const NO_RECORDINGS: Recording[] = [];

export function usePinned(sessionKey: string): boolean {
  const { planning } = useStores();
  return useStore(planning, (s) => s.pins.has(sessionKey));
}

/** Who of the team goes to a session. */
export function useTeamAt(sessionKey: string): TeamAttendance['members'] {
  const { planning } = useStores();
  return useStore(planning, (s) => s.overlay.get(sessionKey) ?? NO_MEMBERS);
}

export function useRecordingsOf(sessionKey: string): Recording[] {
  const { planning } = useStores();
  return useStore(planning, (s) => s.recordings.get(sessionKey) ?? NO_RECORDINGS);
}

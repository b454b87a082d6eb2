// Starring, unstarring and noting sessions: the agenda as the user changes it, keyed by session key.
import type { AgendaEntry } from '../../shared/agenda-types';
import type { AgendaStatus } from '../../shared/types';
import { setNote as storeNote, setStarsTo } from '../store/agenda';
import type { UseCaseDeps } from './deps';
import { nowOf } from './deps';

/** One session's agenda entry after a change, with the title to tell the user which session it was. */
export interface AgendaChange {
  entry: AgendaEntry;
  title: string;
}

/**
 * Puts sessions on the agenda as "going" or "maybe", or takes them off (null; their notes stay), in
 * one transaction: an unknown key stops it with nothing changed.
 */
export function setStar(
  deps: UseCaseDeps,
  sessionKeys: readonly string[],
  status: AgendaStatus | null,
): AgendaChange[] {
  return setStarsTo(deps.db, sessionKeys, status, nowOf(deps));
}

/** The user's note on a session; empty text clears it. */
export function setNote(deps: UseCaseDeps, sessionKey: string, note: string | null): AgendaEntry {
  return storeNote(deps.db, sessionKey, note, nowOf(deps));
}

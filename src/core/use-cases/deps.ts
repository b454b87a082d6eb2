// What a use case is given by the shell that calls it (the CLI or the app): the store, the clock, the
// network and the automatic backup, so both shells run the same action and tests can pick each one.
import type { FetchOptions } from '../feed/fetch-feed';
import type { BackupInfo } from '../../shared/types';
import { backupBeforeWrite } from '../store/backups';
import type { Db } from '../store/db';
import type { ParsedSource, ParseRequest } from './import-source';

/** Why a backup was taken: part of the backup's file name, and what the recovery list shows. */
export type BackupReason =
  | 'before-import'
  | 'before-feed-add'
  | 'before-feed-refresh'
  | 'before-feed-remove'
  | 'before-agenda-import'
  | 'before-plan-apply'
  | 'before-plan-undo';

export interface UseCaseDeps {
  db: Db;
  /** The clock; the system's when absent (tests pick the moment). */
  now?: () => Date;
  /** How feeds and URLs are downloaded: fetch itself and the limits (fault tests shorten them). */
  fetch?: FetchOptions;
  /** Takes the automatic backup before an action's first write; a copy beside the database when absent. */
  backup?: (reason: BackupReason) => BackupInfo | null | void;
  /** Runs an import's parse step elsewhere (the app: a worker thread, so the window never waits); here when absent. */
  parse?: (request: ParseRequest) => Promise<ParsedSource>;
}

export function nowOf(deps: UseCaseDeps): Date {
  return deps.now ? deps.now() : new Date();
}

export function clockOf(deps: UseCaseDeps): () => Date {
  return () => nowOf(deps);
}

/**
 * The backup hook for one user action: it backs up on its first call only, so an action that writes
 * many times (a refresh of every feed) takes one backup, just before its first write, and one that
 * fails before writing (a 304, a file that does not parse) takes none.
 */
export function backupOnce(deps: UseCaseDeps, reason: BackupReason): () => BackupInfo | null {
  let done = false;
  // The backup taken, so an action can offer to undo itself by restoring it (null: none, or the shell's own).
  let taken: BackupInfo | null = null;
  return () => {
    if (done) return taken;
    done = true;
    taken = (deps.backup ? deps.backup(reason) : backupBeforeWrite(deps.db, reason)) ?? null;
    return taken;
  };
}

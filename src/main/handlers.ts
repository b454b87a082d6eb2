// The main process's handler table: one function per IPC channel, over core. No electron import,
// so the e2e harness and unit tests run exactly this table under plain Node.
import type { z } from 'zod';
import { KubeplanError, type ErrorInfo } from '../shared/errors';
import type { Contract, MethodName, OutputOf } from '../shared/ipc/contract';
import { getSession, listSessions } from '../core/store/read-sessions';
import type { Db } from '../core/store/open-store';

export interface HandlerContext {
  /** Null when the database could not be opened; the problem is in startupProblems. */
  db: Db | null;
  databasePath: string;
  startupProblems: ErrorInfo[];
  /** Opens a URL in the system browser; main passes shell.openExternal behind a URL check. */
  openExternal: (url: string) => Promise<boolean>;
}

type InputOf<K extends MethodName> = z.output<Contract[K]['input']>;
export type HandlerTable = { [K in MethodName]: (input: InputOf<K>) => OutputOf<K> | Promise<OutputOf<K>> };

export function createHandlers(ctx: HandlerContext): HandlerTable {
  const db = (): Db => {
    if (ctx.db) return ctx.db;
    throw new KubeplanError('database-error', 'the database is not available', ctx.databasePath);
  };
  return {
    getStatus: () => ({
      databasePath: ctx.databasePath,
      sessionCount: ctx.db ? listSessions(ctx.db).length : 0,
      startupProblems: ctx.startupProblems,
    }),
    openExternal: ({ url }) => ctx.openExternal(url),
    listSessions: (input) => listSessions(db(), input ?? {}),
    getSession: ({ id }) => getSession(db(), id),
  };
}

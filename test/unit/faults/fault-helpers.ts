// Shared by the fault tests: a full dump of what a user would lose, and the app's backend on a file.
import path from 'node:path';
import Database from 'better-sqlite3';
import type { Db } from '../../../src/core/store/db';
import { startApp, type StartOptions } from '../../../src/main/app-context';
import { createDispatch } from '../../../src/main/dispatch';
import { createHandlers } from '../../../src/main/handlers/index';
import { BUNDLED_FEED, tempDir } from '../helpers';

export interface Dump {
  sessions: unknown[];
  session_sources: unknown[];
  agenda: unknown[];
}

/** Every row of the tables that hold sessions, their provenance and the user's plan, in a stable order. */
export function dump(db: Db): Dump {
  return {
    sessions: db.prepare('SELECT * FROM sessions ORDER BY rowid').all(),
    session_sources: db.prepare('SELECT * FROM session_sources ORDER BY rowid').all(),
    agenda: db.prepare('SELECT * FROM agenda ORDER BY rowid').all(),
  };
}

/** Dumps a database file read-only (so a backup is inspected without migrating or touching it). */
export function dumpFile(file: string): Dump {
  const db = new Database(file, { readonly: true });
  try {
    return dump(db);
  } finally {
    db.close();
  }
}

/** The app over a database file, with the handler table behind a dispatch; `services` as main would pass them. */
export function backend(databasePath = path.join(tempDir(), 'kubeplan.db'), services: Partial<StartOptions> = {}) {
  const app = startApp({ databasePath, bundledFeedFile: BUNDLED_FEED, openExternal: async () => true, ...services });
  return { app, dispatch: createDispatch(createHandlers(app)), databasePath };
}

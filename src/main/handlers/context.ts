// What every handler works with: the app (its current context and the shell's services), and the
// dependencies a use case takes, read from the context in force at the moment of the call.
import type { Db } from '../../core/store/db';
import type { UseCaseDeps } from '../../core/use-cases/deps';
import { KubeplanError } from '../../shared/errors';
import type { App } from '../app-context';

export type { App } from '../app-context';

export function requireDb(app: App): Db {
  const { db, databasePath } = app.current();
  if (db) return db;
  throw new KubeplanError('database-error', 'the database is not available', databasePath);
}

/** The use cases' dependencies for one call: the current database, the shell's clock and network limits. */
export function depsOf(app: App): UseCaseDeps {
  const deps: UseCaseDeps = { db: requireDb(app) };
  if (app.services.now) deps.now = app.services.now;
  if (app.services.fetchOptions) deps.fetch = app.services.fetchOptions;
  if (app.services.parseImport) deps.parse = app.services.parseImport;
  return deps;
}

/** The shell's clock, for reads that show "now" (now/next). */
export function nowOf(app: App): Date {
  return app.services.now ? app.services.now() : new Date();
}

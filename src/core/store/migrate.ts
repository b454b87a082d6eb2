// Applies numbered migrations in one transaction each, and refuses databases from a newer app.
import type Database from 'better-sqlite3';
import { KubeplanError } from '../../shared/errors';
import type { Migration } from './migrations/migration';

export function appliedVersions(db: Database.Database): number[] {
  db.exec(`CREATE TABLE IF NOT EXISTS schema_migrations (
    version INTEGER PRIMARY KEY,
    name TEXT NOT NULL,
    applied_at TEXT NOT NULL
  )`);
  return db
    .prepare<[], { version: number }>('SELECT version FROM schema_migrations ORDER BY version')
    .all()
    .map((row) => row.version);
}

/**
 * Applies pending migrations. `beforeUpgrade` runs once before the first pending migration of a
 * database that already has a schema (it takes the automatic backup).
 */
export function migrate(
  db: Database.Database,
  available: readonly Migration[],
  file: string,
  beforeUpgrade?: () => void,
): number {
  const applied = appliedVersions(db);
  const known = new Set(available.map((m) => m.version));
  const unknown = applied.filter((version) => !known.has(version));
  if (unknown.length > 0) {
    throw new KubeplanError(
      'database-error',
      `database schema version ${Math.max(...unknown)} is newer than this app knows (${Math.max(0, ...known)}); ` +
        'update kubeplan or open another database. The file was not changed.',
      file,
    );
  }
  // Applied versions must be a prefix of the available list: a gap means a migration was removed.
  applied.forEach((version, index) => {
    if (available[index]?.version !== version) {
      throw new KubeplanError('database-error', `schema migrations out of order at version ${version}`, file);
    }
  });
  const insert = db.prepare('INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)');
  if (applied.length > 0 && applied.length < available.length) beforeUpgrade?.();
  for (const migration of available.slice(applied.length)) {
    db.transaction(() => {
      db.exec(migration.up);
      insert.run(migration.version, migration.name, new Date().toISOString());
    })();
  }
  return available.length === 0 ? 0 : available[available.length - 1]!.version;
}

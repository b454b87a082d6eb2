// The schema of a database as text, for the snapshot and upgrade tests.
import type Database from 'better-sqlite3';

/** Tables, indexes and triggers as SQLite stores them, in a stable order; `schema_migrations` included. */
export function schemaText(db: Database.Database): string {
  const rows = db
    .prepare<[], { type: string; name: string; sql: string }>(
      `SELECT type, name, sql FROM sqlite_master WHERE sql IS NOT NULL AND name NOT LIKE 'sqlite_%'
       ORDER BY CASE type WHEN 'table' THEN 0 WHEN 'index' THEN 1 ELSE 2 END, name`,
    )
    .all();
  return `${rows.map((row) => `-- ${row.type} ${row.name}\n${row.sql.replace(/[ \t]+$/gm, '')};`).join('\n\n')}\n`;
}

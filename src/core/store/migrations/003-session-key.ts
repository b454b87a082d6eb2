// Migration 3: the sessions table's key column is `session_key`, the name every other table uses for it.
// Never edit a landed migration: add a new numbered file instead.
import type { Migration } from './migration';

export const migration003: Migration = {
  version: 3,
  name: 'session-key',
  // SQLite rewrites the foreign keys of session_speakers and session_sources to the new name.
  up: `
    ALTER TABLE sessions RENAME COLUMN key TO session_key;
  `,
};

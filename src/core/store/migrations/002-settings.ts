// Migration 2: a key/value table for the user's preferences (reminder lead time, export choices).
// Never edit a landed migration: add a new numbered file instead.
import type { Migration } from './migration';

export const migration002: Migration = {
  version: 2,
  name: 'settings',
  up: `
    -- One row per preference; the value is JSON so each setting keeps its own type.
    CREATE TABLE settings (
      key TEXT PRIMARY KEY,
      value TEXT NOT NULL,
      updated_at TEXT NOT NULL
    );
  `,
};

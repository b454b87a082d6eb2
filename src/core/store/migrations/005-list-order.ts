// Migration 5: an index in the catalogue's list order, so the window's first page of sessions is read
// from the index's first rows instead of sorting the whole table (at 100,000 sessions, most of the read).
// Never edit a landed migration: add a new numbered file instead.
import type { Migration } from './migration';

export const migration005: Migration = {
  version: 5,
  name: 'list-order',
  // The very terms of listSessions' ORDER BY (read-sessions.ts), or SQLite will not walk it.
  up: `
    CREATE INDEX sessions_list_order
      ON sessions(day IS NULL, day, start_utc IS NULL, start_utc, title COLLATE NOCASE, session_key);
  `,
};

// Migration 4: planning help: pinned sessions, applied plans (to undo them), colleagues' agendas
// kept apart from the user's own stars, and recordings of sessions.
// Never edit a landed migration: add a new numbered file instead.
import type { Migration } from './migration';

export const migration004: Migration = {
  version: 4,
  name: 'planning',
  up: `
    -- Sessions the user pinned: a conflict-free plan keeps them before anything else.
    CREATE TABLE plan_pins (
      session_key TEXT PRIMARY KEY,
      pinned_at TEXT NOT NULL
    );

    -- Each applied plan with the agenda rows it changed as they were before (JSON), for undo.
    CREATE TABLE plan_applications (
      id INTEGER PRIMARY KEY,
      applied_at TEXT NOT NULL,
      before TEXT NOT NULL,
      dropped INTEGER NOT NULL,
      added INTEGER NOT NULL,
      undone_at TEXT
    );

    -- A colleague's agenda, imported from their calendar: an overlay, never the user's stars.
    CREATE TABLE team_members (
      id INTEGER PRIMARY KEY,
      name TEXT NOT NULL UNIQUE,
      imported_at TEXT NOT NULL
    );
    CREATE TABLE team_agenda (
      member_id INTEGER NOT NULL REFERENCES team_members(id) ON DELETE CASCADE,
      session_key TEXT NOT NULL,
      status TEXT NOT NULL CHECK (status IN ('going', 'maybe')),
      note TEXT,
      PRIMARY KEY (member_id, session_key)
    );
    CREATE INDEX team_agenda_session ON team_agenda(session_key);

    -- Videos matched to sessions (a YouTube channel's or playlist's feed).
    CREATE TABLE recordings (
      session_key TEXT NOT NULL,
      video_id TEXT NOT NULL,
      url TEXT NOT NULL,
      title TEXT NOT NULL,
      published_at TEXT,
      source TEXT NOT NULL,
      PRIMARY KEY (session_key, video_id)
    );
  `,
};

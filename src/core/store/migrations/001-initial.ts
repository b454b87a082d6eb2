// Migration 1: events, sources, sessions merged from per-source records, speakers, agenda, change log.
// Never edit a landed migration: add a new numbered file instead.
import type { Migration } from './migration';

export const migration001: Migration = {
  version: 1,
  name: 'initial',
  up: `
    CREATE TABLE events (
      id INTEGER PRIMARY KEY,
      name TEXT NOT NULL UNIQUE,
      time_zone TEXT
    );

    CREATE TABLE tracks (
      id INTEGER PRIMARY KEY,
      event_id INTEGER REFERENCES events(id) ON DELETE CASCADE,
      name TEXT NOT NULL,
      UNIQUE (event_id, name)
    );

    -- Each feed, organizer file or bundled document sessions came from, with its fetch metadata.
    CREATE TABLE sources (
      id INTEGER PRIMARY KEY,
      kind TEXT NOT NULL CHECK (kind IN ('feed', 'schedule', 'bundled')),
      location TEXT NOT NULL UNIQUE,
      title TEXT,
      etag TEXT,
      last_modified TEXT,
      last_fetched_at TEXT,
      last_status TEXT CHECK (last_status IN ('ok', 'error')),
      last_error TEXT,
      created_at TEXT NOT NULL
    );

    -- The merged view of a session: what the catalogue shows. Rows are never deleted by imports;
    -- a session no source lists any more is marked 'removed'.
    CREATE TABLE sessions (
      key TEXT PRIMARY KEY,
      event_id INTEGER REFERENCES events(id),
      track_id INTEGER REFERENCES tracks(id),
      title TEXT NOT NULL,
      kind TEXT NOT NULL,
      url TEXT,
      day TEXT,
      start_utc TEXT,
      end_utc TEXT,
      time_zone TEXT,
      room TEXT,
      abstract TEXT,
      status TEXT NOT NULL DEFAULT 'active' CHECK (status IN ('active', 'removed')),
      first_seen_at TEXT NOT NULL,
      updated_at TEXT NOT NULL
    );
    CREATE INDEX sessions_event ON sessions(event_id);
    CREATE INDEX sessions_url ON sessions(url);

    CREATE TABLE speakers (
      id INTEGER PRIMARY KEY,
      name TEXT NOT NULL,
      name_key TEXT NOT NULL UNIQUE,
      affiliation TEXT
    );

    CREATE TABLE session_speakers (
      session_key TEXT NOT NULL REFERENCES sessions(key) ON DELETE CASCADE,
      speaker_id INTEGER NOT NULL REFERENCES speakers(id),
      position INTEGER NOT NULL,
      affiliation TEXT,
      PRIMARY KEY (session_key, speaker_id)
    );
    CREATE INDEX session_speakers_speaker ON session_speakers(speaker_id);

    -- Provenance: what each source said about each session, as the normalized record (JSON).
    CREATE TABLE session_sources (
      source_id INTEGER NOT NULL REFERENCES sources(id) ON DELETE CASCADE,
      record_id TEXT NOT NULL,
      session_key TEXT NOT NULL REFERENCES sessions(key),
      record TEXT NOT NULL,
      seen_at TEXT NOT NULL,
      PRIMARY KEY (source_id, record_id)
    );
    CREATE INDEX session_sources_key ON session_sources(session_key);

    -- Stars and notes, keyed by the stable session key without a foreign key, so that nothing a
    -- user wrote depends on any import.
    CREATE TABLE agenda (
      session_key TEXT PRIMARY KEY,
      status TEXT CHECK (status IN ('going', 'maybe')),
      note TEXT,
      updated_at TEXT NOT NULL
    );

    CREATE TABLE imports (
      id INTEGER PRIMARY KEY,
      source_id INTEGER NOT NULL REFERENCES sources(id) ON DELETE CASCADE,
      finished_at TEXT NOT NULL,
      new_count INTEGER NOT NULL,
      changed_count INTEGER NOT NULL,
      removed_count INTEGER NOT NULL,
      unchanged_count INTEGER NOT NULL
    );

    CREATE TABLE changes (
      id INTEGER PRIMARY KEY,
      import_id INTEGER NOT NULL REFERENCES imports(id) ON DELETE CASCADE,
      session_key TEXT NOT NULL,
      change TEXT NOT NULL,
      old_value TEXT,
      new_value TEXT
    );
    CREATE INDEX changes_session ON changes(session_key);
  `,
};

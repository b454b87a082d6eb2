// Domain types shared by core, main, preload, renderer and CLI.

export const SESSION_KINDS = ['talk', 'lightning', 'panel', 'keynote', 'workshop', 'booth', 'break', 'other'] as const;
export type SessionKind = (typeof SESSION_KINDS)[number];

export interface SpeakerRef {
  name: string;
  affiliation: string | null;
}

/**
 * One session as a source states it: the normalized record every feed extractor and
 * schedule importer produces, and what `kubeplan scrape --json` prints.
 */
export interface SessionRecord {
  /** Stable key: the sched event id where known, else a prefixed source id or a title hash. */
  sessionKey: string;
  url: string | null;
  title: string;
  kind: SessionKind;
  event: string | null;
  track: string | null;
  /** Day in the event's time zone, YYYY-MM-DD. */
  date: string | null;
  /** ISO 8601 with offset. */
  start: string | null;
  end: string | null;
  /** IANA zone the times are shown in by default (the event's). */
  timeZone: string | null;
  room: string | null;
  speakers: SpeakerRef[];
  abstract: string | null;
  /** The feed item or file the record came from. */
  sourceItem: string | null;
}

export type SourceKind = 'feed' | 'schedule' | 'bundled';

export interface SourceDescriptor {
  kind: SourceKind;
  /** File path or URL; unique per source. */
  location: string;
  title: string | null;
}

/** What one scrape or import produced, before it is merged into the store. */
export interface ImportBatch {
  source: SourceDescriptor;
  sessions: SessionRecord[];
  /** Record ids the source lists as cancelled: recorded as 'cancelled' rather than 'removed'. */
  cancelled?: string[];
}

export const CHANGE_KINDS = [
  'new',
  'removed',
  'cancelled',
  'title',
  'time',
  'day',
  'room',
  'speakers',
  'track',
  'kind',
] as const;
export type ChangeKind = (typeof CHANGE_KINDS)[number];

export interface ChangeCounts {
  new: number;
  changed: number;
  removed: number;
  unchanged: number;
}

export interface ImportResult {
  importId: number;
  sourceId: number;
  counts: ChangeCounts;
}

export type SessionStatus = 'active' | 'removed';
export type AgendaStatus = 'going' | 'maybe';

/** A session as the store holds it: merged from every source that mentions it. */
export interface SessionView extends SessionRecord {
  status: SessionStatus;
  agenda: AgendaStatus | null;
  note: string | null;
  /** What changed on the most recent import that touched the session. */
  changes: ChangeKind[];
}

export interface SourceView {
  id: number;
  kind: SourceKind;
  location: string;
  title: string | null;
  lastFetchedAt: string | null;
  lastStatus: 'ok' | 'error' | null;
  lastError: string | null;
  sessionCount: number;
  /** What the user told kubeplan about a subscribed schedule (`sources add --tz --event`), used on every refresh. */
  settings?: { timeZone?: string; event?: string };
}

/**
 * What refreshing one subscribed source did: updated (with its counts and the starred sessions it
 * touched), unchanged (304), held back (it would take sessions from your plan: refresh it with the
 * removals allowed), skipped (a file that is gone or was dropped on the window), or failed.
 */
export interface SourceRefresh {
  id: number | null;
  kind: SourceKind;
  location: string;
  status: 'updated' | 'not-modified' | 'held' | 'skipped' | 'error';
  counts: ChangeCounts | null;
  starred: StarredEffect[];
  /** Why it was held back, skipped or failed. */
  message: string | null;
}

/** One automatic backup of the database: its file, when it was taken and before what (`before-import`…). */
export interface BackupInfo {
  file: string;
  createdAt: string;
  reason: string;
}

/** Organizer schedule formats the importers understand (see src/core/importers/). */
export const SCHEDULE_FORMATS = ['ical', 'sessionize', 'frab-json', 'frab-xml', 'pentabarf', 'csv'] as const;
export type ScheduleFormat = (typeof SCHEDULE_FORMATS)[number];
/** What a file's content says it is: a blog feed, one of the schedule formats, or nothing known. */
export type DetectedFormat = ScheduleFormat | 'feed';

/** Something wrong with one row or field of an imported file. */
export interface ImportProblem {
  /** File plus line, row or JSON path and field, e.g. `all.ics:120 DTSTART`. */
  where: string;
  message: string;
}

/** A parsed schedule file: the batch to apply and everything the preview shows about it. */
export interface ParsedSchedule {
  format: ScheduleFormat;
  event: string | null;
  timeZone: string | null;
  batch: ImportBatch;
  /** Rows left out of the batch because they are unusable; importing needs the user's consent to skip them. */
  problems: ImportProblem[];
  /** Imported anyway, but pointed out: times inside a daylight-saving change and how they were read. */
  warnings?: ImportProblem[];
  /** Where the event name came from: the user (--event), the file's own words, or the file's name. */
  eventFrom?: EventNameSource | null;
}

export type EventNameSource = 'option' | 'file' | 'file-name';

/** What an import would do (dry run) or did: the summary the preview and the CLI print. */
export interface ImportSummary {
  format: DetectedFormat;
  event: string | null;
  timeZone: string | null;
  counts: ChangeCounts & { skipped: number };
  problems: ImportProblem[];
  /** Imported anyway, but pointed out (a time inside a daylight-saving change). */
  warnings?: ImportProblem[];
  /** Where the event name came from, when the importer knows (the preview says "from the file name"). */
  eventFrom?: EventNameSource | null;
}

/** What an import does to a session in your agenda, in the words the preview leads with. */
export const PLAN_EFFECTS = ['removed', 'cancelled', 'became-break', 'moved', 'renamed'] as const;
export type PlanEffect = (typeof PLAN_EFFECTS)[number];

/** One starred session an import touches, and each way it does. */
export interface StarredEffect {
  sessionKey: string;
  /** The title before the import (a renamed session is listed under the name you starred). */
  title: string;
  agenda: AgendaStatus;
  timeZone: string | null;
  effects: { effect: PlanEffect; change: ChangeKind; oldValue: string | null; newValue: string | null }[];
}

/** How much of a source an import takes away, and why it needs a second confirmation (no reasons: it does not). */
export interface RemovalCheck {
  /** Sessions the source listed before this import. */
  sourceSessions: number;
  /** Sessions the import removes or cancels, starred or not. */
  removed: { sessionKey: string; title: string; change: 'removed' | 'cancelled'; starred: boolean }[];
  /** Why the import must be confirmed a second time; empty when it need not. */
  reasons: string[];
}

/** What an import does to your plan: the starred sessions it touches first, then what it removes. */
export interface PlanImpact {
  starred: StarredEffect[];
  removals: RemovalCheck;
}

/** An import's summary with its effect on your plan: what the preview shows and an import returns. */
export interface ImportReport extends ImportSummary, PlanImpact {}

/** The preview the app shows before an import: the dry run's summary, the file, and for CSV the columns chosen. */
export interface ImportPreview extends ImportReport {
  fileName: string;
  /** CSV only: the header row and the column the importer chose per field. */
  columns: { headers: string[]; fields: Partial<Record<MappableField, string>> } | null;
}

/** One session's entry in the Changes view: what the last import changed about it. */
export interface SessionChangeEntry {
  sessionKey: string;
  title: string;
  agenda: AgendaStatus | null;
  status: SessionStatus;
  start: string | null;
  timeZone: string | null;
  changes: { change: ChangeKind; oldValue: string | null; newValue: string | null }[];
}

/** The Changes view: one import's per-session changes, starred sessions first. */
export interface ImportChanges {
  importId: number;
  source: string | null;
  finishedAt: string;
  counts: ChangeCounts;
  entries: SessionChangeEntry[];
}

/** One import the database records: what `kubeplan undo` lists. */
export interface ImportEntry {
  importId: number;
  source: string;
  finishedAt: string;
  counts: ChangeCounts;
}

/** What undoing an import does, before anything is done. */
export interface UndoPlan {
  /** The import asked for. */
  target: ImportEntry;
  /** The automatic backup that holds the database as it was just before it. */
  backup: BackupInfo;
  /** Every import restoring the backup takes back: the target and any made after it (oldest first). */
  undoes: ImportEntry[];
  /** Sessions whose star or note changed since the backup: restoring it takes those changes back too. */
  planChanges: number;
}

/** Session fields a CSV column can be mapped to (`--map title=Session,start=Start Time`). */
export const MAPPABLE_FIELDS = [
  'id',
  'title',
  'start',
  'end',
  'date',
  'duration',
  'room',
  'track',
  'kind',
  'speakers',
  'companies',
  'abstract',
  'url',
  'event',
  'timeZone',
] as const;
export type MappableField = (typeof MAPPABLE_FIELDS)[number];

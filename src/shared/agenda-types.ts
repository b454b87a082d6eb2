// Types of the personal agenda: stars, the day-by-day plan, now/next, reminders, .ics import preview.
import type { AgendaStatus, SessionView } from './types';

export interface AgendaEntry {
  sessionKey: string;
  status: AgendaStatus | null;
  note: string | null;
  updatedAt: string;
}

/**
 * Starred sessions whose times chain into one another, in start order. A block of one session is no
 * conflict; within a block, `conflicts` are the groups that really overlap each other.
 */
export interface AgendaBlock {
  start: string;
  end: string;
  sessions: SessionView[];
  conflicts: AgendaConflict[];
}

/** Sessions that are all on at once, from `start` to `end` (the time they share). */
export interface AgendaConflict {
  start: string;
  end: string;
  sessionKeys: string[];
}

/** Sessions that fit a free slot between two starred sessions of a day. */
export interface FreeSlot {
  start: string;
  end: string;
  /** Most like the starred sessions first. */
  suggestions: SessionView[];
  /** Why each suggestion is made, in the suggestions' order. */
  reasons: string[];
}

export interface AgendaDay {
  /** YYYY-MM-DD in the event's zone. */
  date: string;
  blocks: AgendaBlock[];
  /** Sessions with this day but no time yet. */
  untimed: SessionView[];
  freeSlots: FreeSlot[];
}

export interface AgendaPlan {
  days: AgendaDay[];
  /** Starred sessions with no day at all. */
  unscheduled: SessionView[];
  /** Blocks with more than one session, over every day. */
  conflictCount: number;
  /** Starred sessions a newer schedule removed: kept, shown marked. */
  removedCount: number;
  /** Starred sessions whose time, room or title changed on the latest import. */
  changedCount: number;
  total: number;
}

export interface NowNext {
  at: string;
  starredNow: SessionView[];
  starredNext: SessionView[];
  eventNow: SessionView[];
  eventNext: SessionView[];
}

export interface Reminder {
  sessionKey: string;
  title: string;
  room: string | null;
  /** When the notification is due (UTC ISO). */
  at: string;
  startsAt: string;
}

export interface AppSettings {
  /** Minutes before a starred session starts to notify; null when reminders are off. */
  reminderMinutes: number | null;
}

export type IcsExportScope =
  /** With `event`, only the starred sessions of that event (the one in focus). */
  | { kind: 'agenda'; includeMaybe: boolean; event?: string | undefined }
  | { kind: 'track'; track: string; event?: string | undefined }
  /** `includeNonSessions`: breaks and logistics too (left out, and counted, by default). */
  | { kind: 'event'; event: string; includeNonSessions?: boolean | undefined }
  | { kind: 'sessions'; sessionKeys: string[] }
  | { kind: 'session'; sessionKey: string }
  /** The sessions a catalogue search finds (the same search as the app's), in calendar order. */
  | { kind: 'search'; query: string };

export interface IcsExport {
  text: string;
  /** VEVENTs written. */
  eventCount: number;
  /** Sessions left out because they have no day yet. */
  skippedNoDay: number;
  suggestedName: string;
}

export interface IcsProblem {
  line: number | null;
  message: string;
}

export interface IcsMatch {
  line: number;
  sessionKey: string;
  title: string;
  status: AgendaStatus;
  note: string | null;
  matchedBy: 'uid' | 'url' | 'title';
}

export interface IcsImportPreview {
  matches: IcsMatch[];
  /** Valid events that match no stored session. */
  unmatched: { line: number; title: string }[];
  problems: IcsProblem[];
  eventCount: number;
}

export type IcsImportMode = 'valid-only' | 'all-or-nothing';

export interface IcsImportResult {
  applied: number;
  preview: IcsImportPreview;
}

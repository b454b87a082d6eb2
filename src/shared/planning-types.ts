// Types of planning help: recommendations, the conflict-free plan, a team's agendas and recordings.
import type { AgendaStatus, SessionView } from './types';

/** A session suggested for another (More like this) or for the user (For you), with why. */
export interface Recommendation {
  session: SessionView;
  score: number;
  /** Short sentences a person can check: "also about eBPF and Tetragon", "same speaker: Liz Rice". */
  reasons: string[];
}

/** Why a starred session has no place in the proposed plan. */
export interface PlanDrop {
  session: SessionView;
  /** The kept session it collides with (or cannot be walked to in time). */
  blockedBy: SessionView | null;
  reason: string;
}

/** One day's proposal: what stays, what goes and what fills free time, before anything changes. */
export interface PlanDayProposal {
  date: string;
  kept: SessionView[];
  dropped: PlanDrop[];
  added: Recommendation[];
}

export interface PlanProposal {
  days: PlanDayProposal[];
  /** Minutes to walk between halls (0 within one), as the proposal used them. */
  hallMinutes: number;
  /** Starred sessions the proposal drops and adds, over every day. */
  droppedCount: number;
  addedCount: number;
}

export interface PlanOptions {
  /** Minutes between rooms of different halls or buildings; 5 when not given. */
  hallMinutes?: number;
  /** Fill free slots with recommended sessions; true when not given. */
  fill?: boolean;
  /** Only these days (YYYY-MM-DD); every day with starred sessions when not given. */
  days?: string[];
}

/** What applying a proposal did: enough to undo it. */
export interface PlanApplication {
  id: number;
  appliedAt: string;
  dropped: number;
  added: number;
}

export interface TeamMember {
  id: number;
  name: string;
  sessionCount: number;
  importedAt: string;
}

/** One session of a colleague's agenda, as their calendar said it. */
export interface TeamAgendaEntry {
  sessionKey: string;
  status: AgendaStatus;
  note: string | null;
}

/** A colleague just removed, with their agenda: enough to put them back (Undo). */
export interface RemovedTeamMember {
  member: TeamMember;
  entries: TeamAgendaEntry[];
}

/** Who of the team goes to a session (the user is not in it: their stars are their own). */
export interface TeamAttendance {
  sessionKey: string;
  members: { name: string; status: AgendaStatus }[];
}

export interface TeamImportResult {
  member: TeamMember;
  matched: number;
  unmatched: { line: number; title: string }[];
  problems: { line: number | null; message: string }[];
}

/** Sessions of the chosen tracks nobody of the team (the user included) attends. */
export interface TeamCoverage {
  tracks: string[];
  covered: number;
  uncovered: SessionView[];
}

/** A stretch of a day when the user and every colleague are free. */
export interface MeetSlot {
  date: string;
  start: string;
  end: string;
  minutes: number;
}

/** A video of a session, from a YouTube channel or playlist feed. */
export interface Recording {
  sessionKey: string;
  videoId: string;
  url: string;
  title: string;
  publishedAt: string | null;
  source: string;
}

export interface RecordingsImportResult {
  source: string;
  videos: number;
  matched: number;
  unmatched: { videoId: string; title: string }[];
}

/** A starred session whose time has passed, with its recordings (those with one come first). */
export interface MissedSession {
  session: SessionView;
  recordings: Recording[];
}

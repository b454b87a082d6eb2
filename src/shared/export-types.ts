// Export formats and what one export wrote: the .ics calendar and the schedule formats other planners read.
import { plural } from './summary-text';

/** `ics` for calendars; frab `schedule.xml` and the c3voc `schedule.json` for Giggity, EventFahrplan, ConfClerk; CSV for spreadsheets. */
export const EXPORT_FORMATS = ['ics', 'frab-xml', 'schedule-json', 'csv'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

/** Sessions a format could not hold, by reason; each is printed, never dropped silently. */
export interface SkippedCounts {
  /** No day yet (every format but CSV). */
  skippedNoDay: number;
  /** A day but no time yet: frab and c3voc events need a start. */
  skippedNoTime: number;
  /** Dropped by a newer schedule: frab and c3voc have no way to say "cancelled" (.ics and CSV do). */
  skippedRemoved: number;
  /** Longer than frab's duration field can say (99:59). */
  skippedTooLong: number;
}

/**
 * What a whole-event export left out because it is not a session (unstarred breaks, and logistics
 * such as registration and badge pick-up); present on whole-event exports only, which can include them.
 */
export interface LeftOutNonSessions {
  breaks: number;
  logistics: number;
  /** True when the export was asked to include them (then both counts are 0). */
  included: boolean;
}

export interface ExportedFile extends SkippedCounts {
  format: ExportFormat;
  leftOut?: LeftOutNonSessions;
  text: string;
  /** Sessions written. */
  eventCount: number;
  suggestedName: string;
}

/** What one saved export wrote, and what it left out. */
export interface SavedExport extends SkippedCounts {
  path: string;
  leftOut?: LeftOutNonSessions;
  format: ExportFormat;
  eventCount: number;
}

export const NOTHING_SKIPPED: SkippedCounts = {
  skippedNoDay: 0,
  skippedNoTime: 0,
  skippedRemoved: 0,
  skippedTooLong: 0,
};

const sessions = (n: number) => plural(n, 'session');

/** The sessions an export left out, one phrase per reason, as the CLI and the app print them. */
export function describeSkipped(counts: SkippedCounts): string[] {
  return [
    counts.skippedNoDay > 0 ? `${sessions(counts.skippedNoDay)} with no day yet` : null,
    counts.skippedNoTime > 0 ? `${sessions(counts.skippedNoTime)} with a day but no time yet` : null,
    counts.skippedRemoved > 0 ? `${sessions(counts.skippedRemoved)} removed from the schedule` : null,
    counts.skippedTooLong > 0 ? `${sessions(counts.skippedTooLong)} longer than 99 hours` : null,
  ].filter((phrase): phrase is string => phrase !== null);
}

/** "27 entries that are not sessions (12 breaks, 15 logistics entries such as registration)", or null when none were. */
export function describeLeftOut(leftOut: LeftOutNonSessions | undefined): string | null {
  if (!leftOut || leftOut.breaks + leftOut.logistics === 0) return null;
  const parts = [
    leftOut.breaks > 0 ? plural(leftOut.breaks, 'break') : null,
    leftOut.logistics > 0
      ? `${leftOut.logistics} logistics ${leftOut.logistics === 1 ? 'entry' : 'entries'} such as registration`
      : null,
  ].filter((p): p is string => p !== null);
  const total = leftOut.breaks + leftOut.logistics;
  return `${total} ${total === 1 ? 'entry' : 'entries'} that ${total === 1 ? 'is' : 'are'} not a session (${parts.join(', ')})`;
}

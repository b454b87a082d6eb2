// Start and end of a session in epoch milliseconds, with a default length when only the start is known.
import type { SessionView } from '../../shared/types';

/** Schedules often give only a start; half an hour is the usual slot. */
export const DEFAULT_LENGTH_MS = 30 * 60_000;

export interface Span {
  start: number;
  end: number;
}

export function spanOf(session: Pick<SessionView, 'start' | 'end'>): Span | null {
  if (!session.start) return null;
  const start = Date.parse(session.start);
  if (Number.isNaN(start)) return null;
  const end = session.end ? Date.parse(session.end) : Number.NaN;
  return { start, end: Number.isNaN(end) || end <= start ? start + DEFAULT_LENGTH_MS : end };
}

export function isoOf(ms: number): string {
  return new Date(ms).toISOString().replace('.000Z', 'Z');
}

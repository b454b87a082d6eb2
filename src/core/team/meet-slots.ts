// Stretches of each conference day when the user and every colleague are free: the day's programme
// hours minus everyone's sessions.
import type { MeetSlot } from '../../shared/planning-types';
import type { SessionView } from '../../shared/types';

/** Sessions longer than this (badge pick-up, a whole-day summit) do not set the day's hours; attended, they still make one busy. */
const MAX_SESSION_MS = 4 * 3600_000;

/** The kinds that can set a day's hours (a booth or "other" entry never does). */
const PROGRAMME_KINDS: ReadonlySet<SessionView['kind']> = new Set([
  'talk',
  'lightning',
  'panel',
  'keynote',
  'workshop',
]);

/** A start (or end) this far from every other one of its day stands alone. */
const ALONE_MS = 3600_000;

/**
 * The day's programme hours: from the first start to the last end, leaving out a start or end that
 * stands alone an hour or more before (after) the rest, such as a 06:30 fun run or a late party,
 * which schedules file as talks. Attended, such a session still makes one busy.
 */
export function programmeHours(starts: number[], ends: number[]): { from: number; to: number } | null {
  if (starts.length === 0) return null;
  const s = [...starts].sort((a, b) => a - b);
  const e = [...ends].sort((a, b) => b - a);
  const from = s.length > 1 && s[1]! - s[0]! >= ALONE_MS ? s[1]! : s[0]!;
  const to = e.length > 1 && e[0]! - e[1]! >= ALONE_MS ? e[1]! : e[0]!;
  return to > from ? { from, to } : { from: s[0]!, to: e[0]! };
}

export function meetSlots(
  catalogue: readonly SessionView[],
  busyKeys: ReadonlySet<string>,
  minMinutes = 30,
): MeetSlot[] {
  const days = new Map<string, { starts: number[]; ends: number[]; busy: [number, number][] }>();
  for (const s of catalogue) {
    if (!s.date || !s.start || !s.end) continue;
    const start = Date.parse(s.start);
    const end = Date.parse(s.end);
    if (!(end > start)) continue;
    let day = days.get(s.date);
    if (!day) days.set(s.date, (day = { starts: [], ends: [], busy: [] }));
    if (end - start <= MAX_SESSION_MS && PROGRAMME_KINDS.has(s.kind)) {
      day.starts.push(start);
      day.ends.push(end);
    }
    if (busyKeys.has(s.sessionKey)) day.busy.push([start, end]);
  }
  const slots: MeetSlot[] = [];
  for (const [date, day] of [...days].sort(([a], [b]) => a.localeCompare(b))) {
    // Only days someone of the team attends: a day nobody comes is no meeting day.
    const hours = programmeHours(day.starts, day.ends);
    if (day.busy.length === 0 || !hours) continue;
    let cursor = hours.from;
    const gaps: [number, number][] = [];
    for (const [start, end] of day.busy.sort((a, b) => a[0] - b[0])) {
      if (start > cursor) gaps.push([cursor, Math.min(start, hours.to)]);
      cursor = Math.max(cursor, end);
    }
    if (hours.to > cursor) gaps.push([cursor, hours.to]);
    for (const [start, end] of gaps.filter(([a, b]) => b > a)) {
      const minutes = Math.round((end - start) / 60_000);
      if (minutes < minMinutes) continue;
      slots.push({ date, start: new Date(start).toISOString(), end: new Date(end).toISOString(), minutes });
    }
  }
  return slots;
}

// Stretches of each conference day when the user and every colleague are free: the day's programme
// (first start to last end) minus everyone's sessions.
import type { MeetSlot } from '../../shared/planning-types';
import type { SessionView } from '../../shared/types';

/** Sessions longer than this (badge pick-up, a whole-day summit) do not set the day's hours; attended, they still make one busy. */
const MAX_SESSION_MS = 4 * 3600_000;

export function meetSlots(
  catalogue: readonly SessionView[],
  busyKeys: ReadonlySet<string>,
  minMinutes = 30,
): MeetSlot[] {
  const days = new Map<string, { from: number; to: number; busy: [number, number][] }>();
  for (const s of catalogue) {
    if (!s.date || !s.start || !s.end) continue;
    const start = Date.parse(s.start);
    const end = Date.parse(s.end);
    if (!(end > start)) continue;
    let day = days.get(s.date);
    if (!day) days.set(s.date, (day = { from: Infinity, to: -Infinity, busy: [] }));
    if (end - start <= MAX_SESSION_MS) {
      day.from = Math.min(day.from, start);
      day.to = Math.max(day.to, end);
    }
    if (busyKeys.has(s.sessionKey)) day.busy.push([start, end]);
  }
  const slots: MeetSlot[] = [];
  for (const [date, day] of [...days].sort(([a], [b]) => a.localeCompare(b))) {
    // Only days someone of the team attends: a day nobody comes is no meeting day.
    if (day.busy.length === 0 || !Number.isFinite(day.from)) continue;
    let cursor = day.from;
    const gaps: [number, number][] = [];
    for (const [start, end] of day.busy.sort((a, b) => a[0] - b[0])) {
      if (start > cursor) gaps.push([cursor, Math.min(start, day.to)]);
      cursor = Math.max(cursor, end);
    }
    if (day.to > cursor) gaps.push([cursor, day.to]);
    for (const [start, end] of gaps.filter(([a, b]) => b > a)) {
      const minutes = Math.round((end - start) / 60_000);
      if (minutes < minMinutes) continue;
      slots.push({ date, start: new Date(start).toISOString(), end: new Date(end).toISOString(), minutes });
    }
  }
  return slots;
}

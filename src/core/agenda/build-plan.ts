// The "My agenda" plan: starred sessions day by day, overlapping ones grouped as conflicts, free slots
// between them filled with suggestions, and sessions with only a day (or none) listed apart.
import type { AgendaBlock, AgendaDay, AgendaPlan, FreeSlot } from '../../shared/agenda-types';
import type { SessionView } from '../../shared/types';
import { isoOf, spanOf, type Span } from './session-times';

export interface PlanOptions {
  /** Gaps shorter than this are not worth a suggestion. */
  minFreeMinutes?: number;
  maxSuggestions?: number;
}

interface Timed {
  session: SessionView;
  span: Span;
}

/** Groups sessions whose times overlap (transitively) into blocks, in start order. */
export function groupOverlaps(timed: Timed[]): { span: Span; items: Timed[] }[] {
  const sorted = [...timed].sort((a, b) => a.span.start - b.span.start || a.span.end - b.span.end);
  const groups: { span: Span; items: Timed[] }[] = [];
  for (const item of sorted) {
    const last = groups[groups.length - 1];
    if (last && item.span.start < last.span.end) {
      last.items.push(item);
      last.span = { start: last.span.start, end: Math.max(last.span.end, item.span.end) };
    } else {
      groups.push({ span: { ...item.span }, items: [item] });
    }
  }
  return groups;
}

function toBlock(group: { span: Span; items: Timed[] }): AgendaBlock {
  return { start: isoOf(group.span.start), end: isoOf(group.span.end), sessions: group.items.map((i) => i.session) };
}

function freeSlots(
  groups: { span: Span }[],
  candidates: Timed[],
  minFreeMs: number,
  maxSuggestions: number,
): FreeSlot[] {
  const slots: FreeSlot[] = [];
  for (let i = 1; i < groups.length; i++) {
    const start = groups[i - 1]!.span.end;
    const end = groups[i]!.span.start;
    if (end - start < minFreeMs) continue;
    const suggestions = candidates
      .filter((c) => c.span.start >= start && c.span.end <= end)
      .sort((a, b) => a.span.start - b.span.start)
      .slice(0, maxSuggestions)
      .map((c) => c.session);
    slots.push({ start: isoOf(start), end: isoOf(end), suggestions });
  }
  return slots;
}

export function buildAgendaPlan(sessions: SessionView[], options: PlanOptions = {}): AgendaPlan {
  const minFreeMs = (options.minFreeMinutes ?? 20) * 60_000;
  const maxSuggestions = options.maxSuggestions ?? 3;
  const starred = sessions.filter((s) => s.agenda !== null);
  const byDay = new Map<string, { timed: Timed[]; removed: Timed[]; untimed: SessionView[] }>();
  const unscheduled: SessionView[] = [];
  for (const session of starred) {
    if (!session.date) {
      unscheduled.push(session);
      continue;
    }
    const day = byDay.get(session.date) ?? { timed: [], removed: [], untimed: [] };
    byDay.set(session.date, day);
    const span = spanOf(session);
    if (!span) day.untimed.push(session);
    // A removed session still shows where it was, but no longer competes for the slot.
    else if (session.status === 'removed') day.removed.push({ session, span });
    else day.timed.push({ session, span });
  }
  const candidatesByDay = new Map<string, Timed[]>();
  for (const session of sessions) {
    if (session.agenda !== null || session.status !== 'active' || !session.date) continue;
    const span = spanOf(session);
    if (!span) continue;
    candidatesByDay.set(session.date, [...(candidatesByDay.get(session.date) ?? []), { session, span }]);
  }

  let conflictCount = 0;
  const days: AgendaDay[] = [...byDay.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([date, day]) => {
      const groups = groupOverlaps(day.timed);
      conflictCount += groups.filter((g) => g.items.length > 1).length;
      const blocks = [...groups, ...day.removed.map((item) => ({ span: item.span, items: [item] }))]
        .sort((a, b) => a.span.start - b.span.start)
        .map(toBlock);
      return {
        date,
        blocks,
        untimed: day.untimed,
        freeSlots: freeSlots(groups, candidatesByDay.get(date) ?? [], minFreeMs, maxSuggestions),
      };
    });
  return {
    days,
    unscheduled,
    conflictCount,
    removedCount: starred.filter((s) => s.status === 'removed').length,
    changedCount: starred.filter((s) => s.status === 'active' && s.changes.some((c) => c !== 'new')).length,
    total: starred.length,
  };
}

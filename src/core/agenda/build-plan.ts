// The "My agenda" plan: starred sessions day by day, overlapping ones grouped as conflicts, free slots
// between them filled with suggestions, and sessions with only a day (or none) listed apart.
import type { AgendaBlock, AgendaDay, AgendaPlan, FreeSlot } from '../../shared/agenda-types';
import type { SessionView } from '../../shared/types';
import { trueConflicts } from './conflicts';
import { isoOf, spanOf, type Span } from './session-times';
import { similarity, tasteOf, type Taste } from './suggestions';

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
  // A removed session no longer competes for its slot (see buildAgendaPlan).
  const competing = group.items.filter((i) => i.session.status !== 'removed');
  return {
    start: isoOf(group.span.start),
    end: isoOf(group.span.end),
    sessions: group.items.map((i) => i.session),
    conflicts: trueConflicts(competing, (i) => i.span).map((c) => ({
      start: isoOf(c.span.start),
      end: isoOf(c.span.end),
      sessionKeys: c.items.map((i) => i.session.sessionKey),
    })),
  };
}

/** Booths and breaks fill a gap only when they are like something starred. */
const FILLER_KINDS = new Set(['booth', 'break']);

function freeSlots(
  groups: { span: Span }[],
  candidates: Timed[],
  minFreeMs: number,
  maxSuggestions: number,
  taste: Taste,
): FreeSlot[] {
  const slots: FreeSlot[] = [];
  for (let i = 1; i < groups.length; i++) {
    const start = groups[i - 1]!.span.end;
    const end = groups[i]!.span.start;
    if (end - start < minFreeMs) continue;
    const ranked = candidates
      .filter((c) => c.span.start >= start && c.span.end <= end)
      .map((c) => ({ ...c, ...similarity(c.session, taste) }))
      .filter((c) => c.reason !== null || !FILLER_KINDS.has(c.session.kind))
      .sort((a, b) => b.score - a.score || a.span.start - b.span.start)
      .slice(0, maxSuggestions);
    slots.push({
      start: isoOf(start),
      end: isoOf(end),
      suggestions: ranked.map((c) => c.session),
      reasons: ranked.map((c) => c.reason ?? 'Fits this gap'),
    });
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

  const taste = tasteOf(starred.filter((s) => s.status === 'active'));
  let conflictCount = 0;
  const days: AgendaDay[] = [...byDay.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([date, day]) => {
      const groups = groupOverlaps(day.timed);
      conflictCount += groups.reduce((n, g) => n + trueConflicts(g.items, (i) => i.span).length, 0);
      const blocks = [...groups, ...day.removed.map((item) => ({ span: item.span, items: [item] }))]
        .sort((a, b) => a.span.start - b.span.start)
        .map(toBlock);
      return {
        date,
        blocks,
        untimed: day.untimed,
        freeSlots: freeSlots(groups, candidatesByDay.get(date) ?? [], minFreeMs, maxSuggestions, taste),
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

// The timetable's present: which day "Now" opens, where the now-line sits, and scrolling a box into view.
import { PX_PER_MINUTE, sessionDay, type DayGrid } from './day-grid';

/** The now-line's distance from the top of the day's axis in pixels, or null when now is outside the axis. */
export function nowLineOffset(grid: Pick<DayGrid, 'startMs' | 'endMs'>, nowMs: number): number | null {
  if (nowMs < grid.startMs || nowMs > grid.endMs) return null;
  return ((nowMs - grid.startMs) / 60_000) * PX_PER_MINUTE;
}

/**
 * The day "Now" shows: today in the event's zone when the event runs today, else the next day it
 * runs, else its last day. `during` says whether now falls on one of the days at all.
 */
export function nowDay(
  days: readonly string[],
  nowMs: number,
  timeZone: string,
): { date: string; during: boolean } | null {
  if (days.length === 0) return null;
  const today = sessionDay({ date: null, start: new Date(nowMs).toISOString(), timeZone })!;
  if (days.includes(today)) return { date: today, during: true };
  const next = days.find((d) => d > today);
  return { date: next ?? days[days.length - 1]!, during: false };
}

export interface Box {
  top: number;
  left: number;
  width: number;
  height: number;
}

export interface ScrollState {
  scrollTop: number;
  scrollLeft: number;
  /** The scroll area's visible size, sticky headers included. */
  width: number;
  height: number;
}

/**
 * The scroll position that brings `box` (in the scroll content's pixels) into view with the least
 * movement, clear of the sticky room header (`insetTop`) and time axis (`insetLeft`). A box bigger
 * than the view shows its top and left edges.
 */
export function revealScroll(
  box: Box,
  view: ScrollState,
  insetTop: number,
  insetLeft: number,
): { top: number; left: number } {
  const fit = (start: number, size: number, scroll: number, viewSize: number, inset: number) => {
    const visibleStart = scroll + inset;
    const visibleSize = viewSize - inset;
    if (start < visibleStart || size > visibleSize) return Math.max(0, start - inset);
    if (start + size > scroll + viewSize) return start + size - viewSize;
    return scroll;
  };
  return {
    top: fit(box.top, box.height, view.scrollTop, view.height, insetTop),
    left: fit(box.left, box.width, view.scrollLeft, view.width, insetLeft),
  };
}

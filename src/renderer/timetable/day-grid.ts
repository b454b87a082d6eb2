// One day of the timetable as geometry: a column per room, time running down, overlapping sessions in
// lanes, every cell's box in pixels. Pure, so the layout is tested without a browser.
import { TZDate } from '@date-fns/tz';
import type { SessionView } from '../../shared/types';
import { assignLanes } from './lanes';

export const PX_PER_MINUTE = 3;
/** The time axis is labelled per slot; the row virtualizer counts slots. */
export const SLOT_MINUTES = 15;
export const SLOT_PX = SLOT_MINUTES * PX_PER_MINUTE;
export const COLUMN_WIDTH = 184;
/** A busy room widens so each of its lanes keeps a readable width. */
export const MIN_LANE_WIDTH = 112;
/** A 0- to 4-minute slot still gets a line of text (15 px); lanes use this too, so such cells never cover each other. */
export const MIN_MINUTES = 5;
/** A session with a start but no (or a nonsensical) end is drawn this long. */
export const DEFAULT_MINUTES = 30;

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;

export interface GridCell {
  session: SessionView;
  column: number;
  lane: number;
  lanes: number;
  startMs: number;
  /** The stated end, or the start plus DEFAULT_MINUTES when the source gave none. */
  endMs: number;
  /** Pixels from the top of the day's axis and from the left edge of the first column. */
  top: number;
  height: number;
  left: number;
  width: number;
}

export interface GridColumn {
  room: string | null;
  left: number;
  width: number;
  /** Indices into DayGrid.cells, by start time then lane. */
  cells: number[];
}

export interface DayGrid {
  date: string;
  timeZone: string;
  /** The axis: from the hour before the first start to the hour after the last end, in the day's zone. */
  startMs: number;
  endMs: number;
  slots: number;
  height: number;
  width: number;
  columns: GridColumn[];
  /** By column, then start, then lane. */
  cells: GridCell[];
}

/** Rooms in the order the catalogue first names them (its sessions come by time), so columns keep their place across days. */
export function roomOrder(sessions: readonly Pick<SessionView, 'room'>[]): Map<string, number> {
  const order = new Map<string, number>();
  for (const s of sessions) if (s.room !== null && !order.has(s.room)) order.set(s.room, order.size);
  return order;
}

/** The session's day in its event's zone (the source's date; derived from the start when missing). */
export function sessionDay(session: Pick<SessionView, 'date' | 'start' | 'timeZone'>): string | null {
  if (session.date) return session.date;
  if (!session.start) return null;
  const start = Date.parse(session.start);
  if (Number.isNaN(start)) return null;
  const d = new TZDate(start, session.timeZone ?? 'UTC');
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

/** The days that have timed sessions, in order, with how many each has. */
export function timetableDays(sessions: readonly SessionView[]): { date: string; count: number }[] {
  const counts = new Map<string, number>();
  for (const s of sessions) {
    if (!s.start || Number.isNaN(Date.parse(s.start))) continue;
    const day = sessionDay(s);
    if (day) counts.set(day, (counts.get(day) ?? 0) + 1);
  }
  return [...counts].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([date, count]) => ({ date, count }));
}

export function hourFloor(ms: number, zone: string): number {
  const d = new TZDate(ms, zone);
  d.setMinutes(0, 0, 0);
  return d.getTime();
}

function hourCeil(ms: number, zone: string): number {
  const floor = hourFloor(ms, zone);
  return floor === ms ? ms : floor + HOUR;
}

function mostCommon(values: string[]): string | null {
  const counts = new Map<string, number>();
  let best: string | null = null;
  for (const v of values) {
    const n = (counts.get(v) ?? 0) + 1;
    counts.set(v, n);
    if (best === null || n > counts.get(best)!) best = v;
  }
  return best;
}

function compareRooms(order: ReadonlyMap<string, number>) {
  return (a: string | null, b: string | null): number => {
    if (a === b) return 0;
    if (a === null) return 1;
    if (b === null) return -1;
    const ia = order.get(a);
    const ib = order.get(b);
    if (ia !== undefined && ib !== undefined) return ia - ib;
    if (ia !== undefined) return -1;
    if (ib !== undefined) return 1;
    return a.localeCompare(b);
  };
}

interface Timed {
  session: SessionView;
  startMs: number;
  endMs: number;
  /** The end the cell is drawn to (at least MIN_MINUTES after the start). */
  drawnEndMs: number;
}

function timed(session: SessionView): Timed | null {
  if (!session.start) return null;
  const startMs = Date.parse(session.start);
  if (Number.isNaN(startMs)) return null;
  const stated = session.end ? Date.parse(session.end) : NaN;
  const endMs = !Number.isNaN(stated) && stated >= startMs ? stated : startMs + DEFAULT_MINUTES * MINUTE;
  return { session, startMs, endMs, drawnEndMs: Math.max(endMs, startMs + MIN_MINUTES * MINUTE) };
}

/**
 * The grid of one day: `sessions` are the ones shown (search and filters already applied); those of
 * `date` with a start time are placed. `rooms` orders the columns (see roomOrder); a room it does not
 * know goes after by name, sessions without a room last. Null when the day has no timed session.
 */
export function buildDayGrid(
  sessions: readonly SessionView[],
  date: string,
  rooms: ReadonlyMap<string, number>,
): DayGrid | null {
  const day: Timed[] = [];
  for (const s of sessions) {
    if (sessionDay(s) !== date) continue;
    const t = timed(s);
    if (t) day.push(t);
  }
  if (day.length === 0) return null;
  const timeZone = mostCommon(day.map((t) => t.session.timeZone ?? 'UTC')) ?? 'UTC';
  let first = Infinity;
  let last = -Infinity;
  for (const t of day) {
    first = Math.min(first, t.startMs);
    last = Math.max(last, t.drawnEndMs);
  }
  const startMs = hourFloor(first, timeZone);
  const endMs = hourCeil(last, timeZone);
  const slots = Math.ceil((endMs - startMs) / (SLOT_MINUTES * MINUTE));

  const byRoom = new Map<string | null, Timed[]>();
  for (const t of day) {
    const list = byRoom.get(t.session.room);
    if (list) list.push(t);
    else byRoom.set(t.session.room, [t]);
  }
  const roomList = [...byRoom.keys()].sort(compareRooms(rooms));
  const columns: GridColumn[] = [];
  const cells: GridCell[] = [];
  let left = 0;
  roomList.forEach((room, column) => {
    const list = byRoom.get(room)!;
    list.sort((a, b) => a.startMs - b.startMs || b.drawnEndMs - a.drawnEndMs);
    const places = assignLanes(list.map((t) => ({ start: t.startMs, end: t.drawnEndMs })));
    const maxLanes = places.reduce((most, p) => Math.max(most, p.lanes), 1);
    const width = Math.max(COLUMN_WIDTH, maxLanes * MIN_LANE_WIDTH);
    const indices: number[] = [];
    const placed = list.map((t, i) => ({ t, place: places[i]! }));
    placed.sort((a, b) => a.t.startMs - b.t.startMs || a.place.lane - b.place.lane);
    for (const { t, place } of placed) {
      const laneWidth = width / place.lanes;
      indices.push(cells.length);
      cells.push({
        session: t.session,
        column,
        lane: place.lane,
        lanes: place.lanes,
        startMs: t.startMs,
        endMs: t.endMs,
        top: ((t.startMs - startMs) / MINUTE) * PX_PER_MINUTE,
        height: ((t.drawnEndMs - t.startMs) / MINUTE) * PX_PER_MINUTE,
        left: left + place.lane * laneWidth,
        width: laneWidth,
      });
    }
    columns.push({ room, left, width, cells: indices });
    left += width;
  });
  return { date, timeZone, startMs, endMs, slots, height: slots * SLOT_PX, width: left, columns, cells };
}

/** The start of slot `index` (for the axis labels). */
export function slotStart(grid: Pick<DayGrid, 'startMs'>, index: number): number {
  return grid.startMs + index * SLOT_MINUTES * MINUTE;
}

/** A part of the grid in its own pixels (0,0 = the first column at the axis's start). */
export interface GridWindow {
  top: number;
  bottom: number;
  left: number;
  right: number;
}

/** The cells any part of which lies inside `view`: all the DOM needs, however many sessions the day has. */
export function visibleCells(grid: DayGrid, view: GridWindow): number[] {
  const out: number[] = [];
  const { columns } = grid;
  // Columns are laid out left to right: find the first one reaching into the window.
  let lo = 0;
  let hi = columns.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    const c = columns[mid]!;
    if (c.left + c.width <= view.left) lo = mid + 1;
    else hi = mid;
  }
  for (let c = lo; c < columns.length && columns[c]!.left < view.right; c += 1) {
    for (const index of columns[c]!.cells) {
      const cell = grid.cells[index]!;
      if (cell.top >= view.bottom) break; // by start: the rest begin lower still
      if (cell.top + cell.height > view.top && cell.left < view.right && cell.left + cell.width > view.left)
        out.push(index);
    }
  }
  return out;
}

/**
 * Where a day opens: the top of the earliest session in the rooms that fit in `viewWidth`, a slot
 * above it, so a day whose first rooms start late does not open on empty hours (the axis itself
 * starts at the day's earliest session, which may be a registration desk far to the right).
 */
export function openingTop(grid: DayGrid, viewWidth: number): number {
  let top = Infinity;
  for (const column of grid.columns) {
    if (column.left >= viewWidth) break;
    const first = grid.cells[column.cells[0]!];
    if (first) top = Math.min(top, first.top);
  }
  return top === Infinity ? 0 : slotFloor(top - SLOT_PX);
}

/**
 * `top` rounded down to a slot's line, never above the grid: a scroll position there puts a labelled
 * line right under the sticky room header, so the axis never opens on half a label.
 */
export function slotFloor(top: number): number {
  return Math.max(0, Math.floor(top / SLOT_PX) * SLOT_PX);
}

// Which session an arrow key moves to: up and down in time within a room, left and right across lanes and rooms.
import type { DayGrid, GridCell } from './day-grid';

export type Direction = 'up' | 'down' | 'left' | 'right';

function overlaps(a: GridCell, b: GridCell): boolean {
  return a.startMs < b.endMs && b.startMs < a.endMs;
}

/**
 * The best cell among `candidates` to land on from `from`: one running at the same time first, then
 * the nearest start; on a tie the lane nearest the side we came from (so → lands on a room's first
 * lane and ← on its last).
 */
function nearest(grid: DayGrid, from: GridCell, candidates: number[], direction: 'left' | 'right'): number | null {
  let best: number | null = null;
  let bestKey: [number, number, number] | null = null;
  for (const index of candidates) {
    const c = grid.cells[index]!;
    const key: [number, number, number] = [
      overlaps(from, c) ? 0 : 1,
      Math.abs(c.startMs - from.startMs),
      direction === 'right' ? c.lane : -c.lane,
    ];
    if (
      bestKey === null ||
      key[0] < bestKey[0] ||
      (key[0] === bestKey[0] && (key[1] < bestKey[1] || (key[1] === bestKey[1] && key[2] < bestKey[2])))
    ) {
      best = index;
      bestKey = key;
    }
  }
  return best;
}

/**
 * The cell the key moves to from cell `index`, or null at an edge. ↓/↑: the next or previous session
 * of the same room by start time. →/←: a session at the same time in the neighbouring lane of the same
 * room if there is one, else the nearest in time in the next or previous room.
 */
export function neighbour(grid: DayGrid, index: number, direction: Direction): number | null {
  const from = grid.cells[index];
  if (!from) return null;
  const column = grid.columns[from.column]!;
  if (direction === 'up' || direction === 'down') {
    const at = column.cells.indexOf(index);
    const next = column.cells[direction === 'down' ? at + 1 : at - 1];
    return next ?? null;
  }
  const step = direction === 'right' ? 1 : -1;
  const besideLane = column.cells.filter((i) => {
    const c = grid.cells[i]!;
    return c.lane === from.lane + step && overlaps(from, c);
  });
  if (besideLane.length > 0) return nearest(grid, from, besideLane, direction);
  const nextColumn = grid.columns[from.column + step];
  if (!nextColumn) return null;
  return nearest(grid, from, nextColumn.cells, direction);
}

/**
 * Where "Now" puts the selection: of the sessions running at `nowMs`, the one that began last (what one
 * can still walk into, rather than the all-day registration desk), leftmost on a tie; else the next to
 * start; else the day's last. Null for an empty grid.
 */
export function cellAt(grid: DayGrid, nowMs: number): number | null {
  let running: number | null = null;
  let upcoming: number | null = null;
  grid.cells.forEach((c, i) => {
    if (c.startMs <= nowMs && nowMs < c.endMs) {
      if (running === null || c.startMs > grid.cells[running]!.startMs) running = i;
    } else if (c.startMs > nowMs) {
      const u = upcoming === null ? null : grid.cells[upcoming]!;
      if (u === null || c.startMs < u.startMs || (c.startMs === u.startMs && c.column < u.column)) upcoming = i;
    }
  });
  if (running !== null) return running;
  if (upcoming !== null) return upcoming;
  return grid.cells.length > 0 ? grid.cells.length - 1 : null;
}

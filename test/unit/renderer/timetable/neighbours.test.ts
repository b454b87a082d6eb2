import { describe, expect, it } from 'vitest';
import { buildDayGrid, roomOrder, type DayGrid } from '../../../../src/renderer/timetable/day-grid';
import { cellAt, neighbour, type Direction } from '../../../../src/renderer/timetable/neighbours';
import { at, kubecon2026 } from './sessions';

const sessions = [
  at('a1', 'A', '09:00', '09:30'),
  at('a2', 'A', '09:30', '10:00'),
  at('a3', 'A', '11:00', '11:30'),
  at('b1', 'B', '09:00', '10:00'),
  at('b2', 'B', '09:15', '09:45'), // overlaps b1: B has two lanes
  at('b3', 'B', '10:30', '11:00'),
  at('c1', 'C', '10:40', '11:10'),
];
const grid = buildDayGrid(sessions, '2026-03-24', roomOrder([{ room: 'A' }, { room: 'B' }, { room: 'C' }]))!;
const index = (g: DayGrid, key: string) => g.cells.findIndex((c) => c.session.sessionKey === key);
const move = (key: string, direction: Direction) => {
  const next = neighbour(grid, index(grid, key), direction);
  return next === null ? null : grid.cells[next]!.session.sessionKey;
};

describe('arrow keys in the timetable', () => {
  it('↓ and ↑ go to the next and previous session of the same room, stopping at the ends', () => {
    expect(move('a1', 'down')).toBe('a2');
    expect(move('a2', 'down')).toBe('a3');
    expect(move('a3', 'down')).toBeNull();
    expect(move('a2', 'up')).toBe('a1');
    expect(move('a1', 'up')).toBeNull();
    // Within a room with lanes, time order includes both lanes.
    expect(move('b1', 'down')).toBe('b2');
    expect(move('b2', 'down')).toBe('b3');
  });

  it('→ goes to the session at the same time in the next room, into its first lane', () => {
    expect(move('a1', 'right')).toBe('b1');
    expect(move('a3', 'right')).toBe('b3');
  });

  it('→ crosses lanes of the same room before leaving it, and ← comes back through them', () => {
    expect(move('b1', 'right')).toBe('b2');
    expect(move('b2', 'right')).toBe('c1');
    expect(move('b2', 'left')).toBe('b1');
    expect(move('b1', 'left')).toBe('a1');
  });

  it('lands on the nearest start when nothing runs at the same time, and stops at the last room', () => {
    // a2 (09:30) has no overlap in C; C's only session is the nearest.
    expect(move('c1', 'left')).toBe('b3');
    expect(move('c1', 'right')).toBeNull();
    expect(move('a1', 'left')).toBeNull();
  });

  it('"Now" picks the session that began last among those running, else the next to start', () => {
    const iso = (hhmm: string) => Date.parse(`2026-03-24T${hhmm}:00+01:00`);
    expect(grid.cells[cellAt(grid, iso('09:20'))!]!.session.sessionKey).toBe('b2');
    expect(grid.cells[cellAt(grid, iso('10:10'))!]!.session.sessionKey).toBe('b3');
    expect(grid.cells[cellAt(grid, iso('23:00'))!]!.session.sessionKey).toBe(grid.cells.at(-1)!.session.sessionKey);
  });
});

describe('arrow keys over the real KubeCon EU 2026 Tuesday', () => {
  const all = kubecon2026();
  const tuesday = buildDayGrid(all, '2026-03-24', roomOrder(all))!;

  it('↓ from the first session of every room visits all of its sessions in time order', () => {
    for (const column of tuesday.columns) {
      const visited = [column.cells[0]!];
      for (let next = neighbour(tuesday, visited[0]!, 'down'); next !== null; next = neighbour(tuesday, next, 'down'))
        visited.push(next);
      expect(visited).toEqual(column.cells);
      const starts = visited.map((i) => tuesday.cells[i]!.startMs);
      expect(starts).toEqual([...starts].sort((x, y) => x - y));
    }
  });

  it('→ from the leftmost room reaches every room, left to right', () => {
    const seen: number[] = [];
    for (let i: number | null = tuesday.columns[0]!.cells[0]!; i !== null; i = neighbour(tuesday, i, 'right')) {
      const column = tuesday.cells[i]!.column;
      if (seen.at(-1) !== column) seen.push(column);
    }
    expect(seen).toEqual(tuesday.columns.map((_, c) => c));
  });
});

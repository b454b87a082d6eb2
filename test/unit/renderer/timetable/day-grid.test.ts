import { describe, expect, it } from 'vitest';
import {
  buildDayGrid,
  COLUMN_WIDTH,
  MIN_MINUTES,
  PX_PER_MINUTE,
  openingTop,
  roomOrder,
  SLOT_MINUTES,
  SLOT_PX,
  timetableDays,
  visibleCells,
  type DayGrid,
} from '../../../../src/renderer/timetable/day-grid';
import { at, kubecon2026 } from './sessions';

const keysOf = (grid: DayGrid, indices: number[]) => indices.map((i) => grid.cells[i]!.session.sessionKey).sort();

describe('a day of the timetable', () => {
  const sessions = [
    at('keynote', 'Auditorium', '09:00', '09:30'),
    at('talk-a', 'Hall 7', '09:15', '09:45'),
    at('talk-b', 'Hall 7', '09:30', '10:00'),
    at('lightning', 'Hall 8', '10:00', '10:05'),
    at('open-ended', 'Hall 8', '11:00', null),
    at('nowhere', null, '12:00', '12:30'),
  ];
  const rooms = roomOrder([
    { room: 'Hall 8' },
    { room: 'Auditorium' },
    { room: 'Hall 7' },
    { room: 'Hall 8' },
    { room: 'Unused' },
  ]);
  const grid = buildDayGrid(sessions, '2026-03-24', rooms)!;

  it('has a column per room in the catalogue order, a room-less column last', () => {
    expect(grid.columns.map((c) => c.room)).toEqual(['Hall 8', 'Auditorium', 'Hall 7', null]);
    expect(grid.columns[0]!.left).toBe(0);
    expect(grid.columns[1]!.left).toBe(grid.columns[0]!.width);
    expect(grid.width).toBe(grid.columns.reduce((sum, c) => sum + c.width, 0));
  });

  it('runs from the hour before the first start to the hour after the last end, in the event zone', () => {
    expect(new Date(grid.startMs).toISOString()).toBe('2026-03-24T08:00:00.000Z'); // 09:00 Amsterdam
    expect(new Date(grid.endMs).toISOString()).toBe('2026-03-24T12:00:00.000Z'); // 13:00 Amsterdam
    expect(grid.slots).toBe((4 * 60) / SLOT_MINUTES);
    expect(grid.timeZone).toBe('Europe/Amsterdam');
  });

  it('sizes cells by duration; a 5-minute talk gets the minimum, one without an end 30 minutes', () => {
    const cell = (key: string) => grid.cells.find((c) => c.session.sessionKey === key)!;
    expect(cell('keynote').top).toBe(0);
    expect(cell('keynote').height).toBe(30 * PX_PER_MINUTE);
    expect(cell('talk-a').top).toBe(15 * PX_PER_MINUTE);
    expect(cell('lightning').height).toBe(MIN_MINUTES * PX_PER_MINUTE);
    expect(cell('open-ended').height).toBe(30 * PX_PER_MINUTE);
    expect(new Date(cell('open-ended').endMs).toISOString()).toBe('2026-03-24T10:30:00.000Z');
  });

  it('splits a room into lanes where its sessions overlap, each half the column wide', () => {
    const a = grid.cells.find((c) => c.session.sessionKey === 'talk-a')!;
    const b = grid.cells.find((c) => c.session.sessionKey === 'talk-b')!;
    expect([a.lane, b.lane]).toEqual([0, 1]);
    expect(a.width + b.width).toBe(grid.columns[2]!.width);
    expect(b.left).toBe(a.left + a.width);
    const keynote = grid.cells.find((c) => c.session.sessionKey === 'keynote')!;
    expect(keynote.width).toBe(COLUMN_WIDTH);
  });

  it('keeps other days and untimed sessions out, and is null for a day with nothing timed', () => {
    const other = { ...at('wed', 'Hall 7', '09:00', '09:30'), date: '2026-03-25' };
    const untimed = { ...at('tba', 'Hall 7', '09:00', '09:30'), start: null };
    const g = buildDayGrid([...sessions, other, untimed], '2026-03-24', rooms)!;
    expect(g.cells).toHaveLength(sessions.length);
    expect(buildDayGrid([untimed], '2026-03-24', rooms)).toBeNull();
  });

  it('finds the cells in a window of the grid, including long ones that started above it', () => {
    // 09:40–09:50 Amsterdam (100–150 px from the 09:00 top) across the first three columns.
    const inView = visibleCells(grid, { top: 100, bottom: 150, left: 0, right: grid.columns[3]!.left });
    expect(keysOf(grid, inView)).toEqual(['talk-a', 'talk-b']);
    const all = visibleCells(grid, { top: 0, bottom: grid.height, left: 0, right: grid.width });
    expect(all).toHaveLength(grid.cells.length);
    // A window right of every column holds nothing.
    expect(visibleCells(grid, { top: 0, bottom: grid.height, left: grid.width, right: grid.width + 500 })).toEqual([]);
  });
});

describe('where a day opens', () => {
  it('at the earliest session of the rooms in view, not at an early desk far to the right', () => {
    const rooms = roomOrder([{ room: 'Hall 7' }, { room: 'Hall 8' }, { room: 'Entrance' }]);
    const grid = buildDayGrid(
      [
        at('desk', 'Entrance', '07:00', '18:00'),
        at('talk', 'Hall 7', '11:00', '11:30'),
        at('later', 'Hall 8', '12:00', '12:30'),
      ],
      '2026-03-24',
      rooms,
    )!;
    const talk = grid.cells.find((c) => c.session.sessionKey === 'talk')!;
    expect(openingTop(grid, 2 * COLUMN_WIDTH)).toBe(talk.top - SLOT_PX);
    // A view wide enough for the desk's column opens at the top.
    expect(openingTop(grid, grid.width)).toBe(0);
  });
});

describe('the KubeCon EU 2026 timetable', () => {
  const sessions = kubecon2026();
  const rooms = roomOrder(sessions);

  it('has a tab per day of the event with every timed session counted', () => {
    const days = timetableDays(sessions);
    expect(days.map((d) => d.date)).toEqual([
      '2026-03-22',
      '2026-03-23',
      '2026-03-24',
      '2026-03-25',
      '2026-03-26',
      '2026-03-27',
    ]);
    expect(days.reduce((sum, d) => sum + d.count, 0)).toBe(sessions.length);
  });

  it('places every session of Wednesday once, no two cells of a room covering each other', () => {
    const grid = buildDayGrid(sessions, '2026-03-25', rooms)!;
    expect(grid.cells).toHaveLength(sessions.filter((s) => s.date === '2026-03-25').length);
    for (const column of grid.columns) {
      const cells = column.cells.map((i) => grid.cells[i]!);
      for (const a of cells)
        for (const b of cells) {
          if (a === b) continue;
          const overlapY = a.top < b.top + b.height && b.top < a.top + a.height;
          const overlapX = a.left < b.left + b.width && b.left < a.left + a.width;
          expect(overlapX && overlapY, `${a.session.title} / ${b.session.title}`).toBe(false);
        }
    }
  });
});

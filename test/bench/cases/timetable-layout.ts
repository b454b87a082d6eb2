// The timetable's day switch, the layout part: one day's grid (columns, lanes, boxes) and the cells
// in a 1280×860 window, at the real 596 sessions and at 10,000, against filtering and sorting the day.
import { buildDayGrid, roomOrder, timetableDays, visibleCells } from '../../../src/renderer/timetable/day-grid';
import type { SessionView } from '../../../src/shared/types';
import { measureInterleaved, report, type BenchCase } from '../harness';
import { generateCatalogue, vocabulary } from '../generate-catalogue';

function busiestDay(sessions: SessionView[]): string {
  return timetableDays(sessions).reduce((a, b) => (b.count > a.count ? b : a)).date;
}

export const timetableLayout: BenchCase = {
  title: 'Timetable layout (day switch)',
  run: () => {
    const vocab = vocabulary();
    const real = vocab.sessions.filter((s) => s.event?.includes('2026'));
    for (const [label, sessions] of [
      ['596 sessions', real],
      ['10k sessions', generateCatalogue(vocab, 10_000)],
    ] as const) {
      const day = busiestDay(sessions);
      const rooms = roomOrder(sessions);
      const count = sessions.filter((s) => s.date === day).length;
      const grid = buildDayGrid(sessions, day, rooms)!;
      const [layout, window, baseline] = measureInterleaved(
        [
          { name: `${label}: build the day's grid`, fn: () => void buildDayGrid(sessions, day, rooms) },
          {
            name: `${label}: cells in a 1280×860 window`,
            fn: () =>
              void visibleCells(grid, { top: grid.height / 3, bottom: grid.height / 3 + 860, left: 0, right: 1280 }),
          },
          {
            name: `${label}: filter and sort the day`,
            fn: () => void sessions.filter((s) => s.date === day).sort((a, b) => (a.start! < b.start! ? -1 : 1)),
          },
        ],
        20,
      );
      report(layout!, baseline!, `${count} sessions in ${grid.columns.length} rooms`);
      report(window!, baseline!);
    }
  },
};

import { describe, expect, it } from 'vitest';
import { buildDayGrid, PX_PER_MINUTE, roomOrder } from '../../../../src/renderer/timetable/day-grid';
import { nowDay, nowLineOffset, revealScroll } from '../../../../src/renderer/timetable/now';
import { at } from './sessions';

const grid = buildDayGrid([at('a', 'A', '09:00', '17:30')], '2026-03-24', roomOrder([]))!;
const days = ['2026-03-23', '2026-03-24', '2026-03-26'];

describe('the now-line', () => {
  it('sits as many pixels below the axis start as minutes have passed, in the event zone', () => {
    expect(nowLineOffset(grid, Date.parse('2026-03-24T10:05:00+01:00'))).toBe(65 * PX_PER_MINUTE);
    expect(nowLineOffset(grid, Date.parse('2026-03-24T09:00:00+01:00'))).toBe(0);
  });

  it('is absent before and after the day', () => {
    expect(nowLineOffset(grid, Date.parse('2026-03-24T08:59:00+01:00'))).toBeNull();
    expect(nowLineOffset(grid, Date.parse('2026-03-25T10:00:00+01:00'))).toBeNull();
  });
});

describe('the day "Now" opens', () => {
  it('is today in the event zone during the event, even when it is another day in UTC', () => {
    expect(nowDay(days, Date.parse('2026-03-24T00:30:00+01:00'), 'Europe/Amsterdam')).toEqual({
      date: '2026-03-24',
      during: true,
    });
  });

  it('is the next day of the event between or before its days, the last day after it', () => {
    expect(nowDay(days, Date.parse('2026-03-25T12:00:00+01:00'), 'Europe/Amsterdam')).toEqual({
      date: '2026-03-26',
      during: false,
    });
    expect(nowDay(days, Date.parse('2026-01-01T12:00:00Z'), 'Europe/Amsterdam')!.date).toBe('2026-03-23');
    expect(nowDay(days, Date.parse('2027-01-01T12:00:00Z'), 'Europe/Amsterdam')!.date).toBe('2026-03-26');
    expect(nowDay([], Date.now(), 'UTC')).toBeNull();
  });
});

describe('scrolling a cell into view under the sticky header and axis', () => {
  const view = { scrollTop: 1000, scrollLeft: 500, width: 800, height: 600 };
  it('leaves the scroll alone when the cell is in full view', () => {
    expect(revealScroll({ top: 1200, left: 700, width: 180, height: 90 }, view, 44, 64)).toEqual({
      top: 1000,
      left: 500,
    });
  });
  it('scrolls up and left so the cell clears the header and axis', () => {
    expect(revealScroll({ top: 1010, left: 520, width: 180, height: 90 }, view, 44, 64)).toEqual({
      top: 966,
      left: 456,
    });
  });
  it('scrolls down and right just enough for a cell past the far edges', () => {
    expect(revealScroll({ top: 1550, left: 1250, width: 180, height: 90 }, view, 44, 64)).toEqual({
      top: 1040,
      left: 630,
    });
  });
  it('shows the top of a cell taller than the view', () => {
    expect(revealScroll({ top: 1200, left: 700, width: 180, height: 2000 }, view, 44, 64).top).toBe(1156);
  });
});

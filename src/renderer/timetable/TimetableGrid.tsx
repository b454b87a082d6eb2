// The rooms × time grid of one day, virtualized both ways: only the rooms, time slots and sessions in
// view (plus the selected one, so focus never falls out of the DOM) are rendered.
import { useVirtualizer } from '@tanstack/react-virtual';
import { useLayoutEffect, useMemo, useRef, useState } from 'react';
import type { AgendaStatus, SessionView } from '../../shared/types';
import { clockTime, zoneLabel } from '../format';
import { openingTop, SLOT_PX, slotFloor, slotStart, visibleCells, type DayGrid } from './day-grid';
import { useKeyScope } from '../keyboard/KeyboardProvider';
import { cellAt, neighbour, type Direction } from './neighbours';
import { nowLineOffset, revealScroll } from './now';
import { TimetableCell } from './TimetableCell';

/** The sticky room header's height and the sticky time axis's width, in pixels. */
export const HEADER_H = 44;
export const AXIS_W = 64;

/**
 * What the screen asks of the grid: scroll to the top (a new day), to now (selecting what runs), or
 * focus the selection (back from a session page, ↓ from the search box).
 */
export interface GridCommand {
  kind: 'top' | 'now' | 'focus';
  serial: number;
}

interface Props {
  grid: DayGrid;
  /** The region's accessible name ("Tuesday 24 March: 179 sessions in 33 rooms"). */
  label: string;
  labelledBy: string;
  selectedKey: string | null;
  onSelect: (sessionKey: string) => void;
  onOpen: (session: SessionView) => void;
  onToggleStar: ((session: SessionView) => void) | undefined;
  statusOf: (session: SessionView) => AgendaStatus | null;
  nowMs: number;
  command: GridCommand;
}

export function TimetableGrid({
  grid,
  label,
  labelledBy,
  selectedKey,
  onSelect,
  onOpen,
  onToggleStar,
  statusOf,
  nowMs,
  command,
}: Props) {
  const scrollRef = useRef<HTMLDivElement>(null);
  // eslint-disable-next-line react-hooks/incompatible-library -- the virtualizers' fresh functions are fine here
  const rows = useVirtualizer({
    count: grid.slots,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => SLOT_PX,
    getItemKey: (i) => `${grid.date}:${i}`,
    paddingStart: HEADER_H,
    overscan: 4,
  });
  const columns = useVirtualizer({
    horizontal: true,
    count: grid.columns.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: (i) => grid.columns[i]!.width,
    getItemKey: (i) => `${grid.date}:${grid.columns[i]!.room ?? ''}:${grid.columns[i]!.width}`,
    paddingStart: AXIS_W,
    overscan: 1,
  });
  const rowItems = rows.getVirtualItems();
  const columnItems = columns.getVirtualItems();

  const selectedIndex = useMemo(
    () => (selectedKey === null ? -1 : grid.cells.findIndex((c) => c.session.sessionKey === selectedKey)),
    [grid, selectedKey],
  );
  const shown = useMemo(() => {
    const firstRow = rowItems[0];
    const lastRow = rowItems[rowItems.length - 1];
    const firstColumn = columnItems[0];
    const lastColumn = columnItems[columnItems.length - 1];
    const cells =
      firstRow && lastRow && firstColumn && lastColumn
        ? visibleCells(grid, {
            top: firstRow.start - HEADER_H,
            bottom: lastRow.end - HEADER_H,
            left: firstColumn.start - AXIS_W,
            right: lastColumn.end - AXIS_W,
          })
        : [];
    if (selectedIndex >= 0 && !cells.includes(selectedIndex)) cells.push(selectedIndex);
    return cells;
  }, [grid, rowItems, columnItems, selectedIndex]);

  // The selection to focus once it is rendered (after a key press or a command).
  const [focusKey, setFocusKey] = useState<{ key: string; reveal: 'both' | 'left' } | null>(null);
  const focusCell = (index: number, reveal: 'both' | 'left') => {
    const cell = grid.cells[index];
    if (!cell) return;
    onSelect(cell.session.sessionKey);
    setFocusKey({ key: cell.session.sessionKey, reveal });
  };

  const lastCommand = useRef(-1);
  useLayoutEffect(() => {
    const scroller = scrollRef.current;
    if (!scroller || command.serial === lastCommand.current) return;
    lastCommand.current = command.serial;
    if (command.kind === 'top') {
      scroller.scrollTo({ top: openingTop(grid, scroller.clientWidth - AXIS_W), left: 0 });
    } else if (command.kind === 'now') {
      const offset = nowLineOffset(grid, nowMs);
      scroller.scrollTo({ top: offset === null ? 0 : slotFloor(offset - scroller.clientHeight / 3), left: 0 });
      const at = cellAt(grid, nowMs);
      if (at !== null) focusCell(at, 'left');
    } else {
      const index = selectedIndex >= 0 ? selectedIndex : (shown[0] ?? -1);
      if (index >= 0) focusCell(index, 'both');
    }
    // focusCell is rebuilt each render; the command's serial is what triggers this.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [command, grid]);

  useLayoutEffect(() => {
    const scroller = scrollRef.current;
    if (!focusKey || !scroller) return;
    const index = grid.cells.findIndex((c) => c.session.sessionKey === focusKey.key);
    const cell = grid.cells[index];
    if (!cell) return;
    const target = revealScroll(
      { top: HEADER_H + cell.top, left: AXIS_W + cell.left, width: cell.width, height: cell.height },
      {
        scrollTop: scroller.scrollTop,
        scrollLeft: scroller.scrollLeft,
        width: scroller.clientWidth,
        height: scroller.clientHeight,
      },
      HEADER_H,
      AXIS_W,
    );
    // After "Now" the vertical position is the now-line's; a room out of view is brought to the left
    // edge (beside the axis) rather than just inside the right one, so no room is left cut in half there.
    if (focusKey.reveal === 'both') scroller.scrollTo(target);
    else if (target.left !== scroller.scrollLeft) scroller.scrollTo({ left: cell.left });
    scroller
      .querySelector<HTMLElement>(`[data-session-key="${CSS.escape(focusKey.key)}"]`)
      ?.focus({ preventScroll: true });
    setFocusKey(null);
  }, [focusKey, grid]);

  // The grid's keys come from the app's table (keyboard/bindings.ts, scope "timetable"). A key belongs
  // to the cell that holds the focus (or the one its star or link sits in); from the search box, ↓
  // enters the grid at the selection.
  const fromCell = (event: KeyboardEvent) => {
    const holder = event.target instanceof Element ? event.target.closest('[data-session-key]') : null;
    const key = holder?.getAttribute('data-session-key');
    const index = key ? grid.cells.findIndex((c) => c.session.sessionKey === key) : -1;
    return index >= 0 ? index : null;
  };
  const enter = () => {
    const index = selectedIndex >= 0 ? selectedIndex : (shown[0] ?? -1);
    if (index < 0) return false;
    focusCell(index, 'both');
  };
  const move = (direction: Direction) => (event: KeyboardEvent) => {
    const index = fromCell(event);
    if (index === null) return enter();
    const next = neighbour(grid, index, direction);
    if (next !== null) focusCell(next, 'both');
  };
  const toEnd = (which: 'first' | 'last') => (event: KeyboardEvent) => {
    const index = fromCell(event);
    if (index === null) return false;
    const cells = grid.columns[grid.cells[index]!.column]!.cells;
    focusCell(which === 'first' ? cells[0]! : cells[cells.length - 1]!, 'both');
  };
  useKeyScope('timetable', {
    next: move('down'),
    previous: move('up'),
    left: move('left'),
    right: move('right'),
    first: toEnd('first'),
    last: toEnd('last'),
    open: (event) => {
      const index = fromCell(event);
      if (index === null) return false;
      onOpen(grid.cells[index]!.session);
    },
  });

  const now = nowLineOffset(grid, nowMs);
  const tabStop = selectedIndex >= 0 ? selectedIndex : (shown[0] ?? -1);
  return (
    <div
      className="tt-scroll"
      ref={scrollRef}
      role="region"
      aria-label={label}
      aria-describedby={labelledBy}
      data-keys="list"
    >
      <div className="tt-canvas" style={{ width: AXIS_W + grid.width, height: HEADER_H + grid.height }}>
        <div className="tt-head" style={{ width: AXIS_W + grid.width, height: HEADER_H }}>
          <div className="tt-corner" style={{ width: AXIS_W }}>
            {zoneLabel(grid.timeZone)}
          </div>
          {columnItems.map((item) => {
            const column = grid.columns[item.index]!;
            return (
              <div
                key={item.key}
                className="tt-room"
                style={{ left: item.start, width: column.width }}
                title={column.room ?? undefined}
              >
                {column.room ?? 'Room not announced'}
              </div>
            );
          })}
        </div>
        <div className="tt-axis" style={{ width: AXIS_W, height: grid.height }} aria-hidden="true">
          {rowItems.map((item) => {
            const start = slotStart(grid, item.index);
            const label = clockTime(new Date(start).toISOString(), grid.timeZone);
            return (
              <div
                key={item.key}
                className={`tt-slot${label.endsWith(':00') ? ' hour' : ''}`}
                style={{ top: item.start - HEADER_H, height: SLOT_PX }}
              >
                {label.endsWith(':00') || label.endsWith(':30') ? label : ''}
              </div>
            );
          })}
          {now !== null && (
            <div className="tt-now-label" style={{ top: now }}>
              {clockTime(new Date(nowMs).toISOString(), grid.timeZone)}
            </div>
          )}
        </div>
        <div className="tt-body" style={{ top: HEADER_H, left: AXIS_W, width: grid.width, height: grid.height }}>
          {columnItems.map((item) => {
            const column = grid.columns[item.index]!;
            return <div key={item.key} className="tt-band" style={{ left: column.left, width: column.width }} />;
          })}
          {shown.map((index) => {
            const cell = grid.cells[index]!;
            return (
              <TimetableCell
                key={cell.session.sessionKey}
                cell={cell}
                room={grid.columns[cell.column]!.room}
                timeZone={grid.timeZone}
                status={statusOf(cell.session)}
                selected={index === selectedIndex}
                tabStop={index === tabStop}
                onSelect={onSelect}
                onToggleStar={onToggleStar}
              />
            );
          })}
          {now !== null && <div className="tt-now-line" style={{ top: now }} data-testid="now-line" />}
        </div>
      </div>
    </div>
  );
}

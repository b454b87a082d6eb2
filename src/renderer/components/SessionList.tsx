// The catalogue list: virtualized (10k sessions scroll smoothly), grouped by day and time slot when
// not ranked; one selected row that the keyboard moves.
import { useVirtualizer } from '@tanstack/react-virtual';
import { useEffect, useRef, type RefObject } from 'react';
import type { CatalogueRows } from '../catalogue/catalogue-rows';
import type { ListDensity } from '../catalogue/list-density';
import { clockTime, dayHeading, zoneLabel } from '../format';
import { SessionRow } from './SessionRow';

interface Props {
  rows: CatalogueRows;
  grouped: boolean;
  selected: number;
  onSelect: (position: number) => void;
  /** Bumped when the keyboard moved the selection: scroll to it and focus it. */
  focusRequest: number;
  /** Scroll to and focus the selected session on mount (coming back from its page). */
  restoreSelection?: boolean;
  showLocalTime: boolean;
  density: ListDensity;
  scrollRef: RefObject<HTMLDivElement | null>;
  /** For you's reasons per session key, shown under each row (For you on). */
  reasons?: ReadonlyMap<string, readonly string[]> | null;
}

const ESTIMATES: Record<ListDensity, Record<CatalogueRows['rows'][number]['type'], number>> = {
  comfortable: { day: 56, slot: 34, session: 104 },
  compact: { day: 44, slot: 28, session: 46 },
};

export function SessionList({
  rows,
  grouped,
  selected,
  onSelect,
  focusRequest,
  restoreSelection = false,
  showLocalTime,
  density,
  scrollRef,
  reasons = null,
}: Props) {
  const list = rows.rows;
  // Not memoized by a compiler here, so the virtualizer's fresh functions are fine.
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer({
    count: list.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: (i) => ESTIMATES[density][list[i]!.type],
    getItemKey: (i) => list[i]!.key,
    overscan: 6,
  });
  const lastFocus = useRef(restoreSelection ? -1 : focusRequest);

  useEffect(() => {
    if (focusRequest === lastFocus.current) return;
    lastFocus.current = focusRequest;
    const rowIndex = rows.sessionRow[selected];
    if (rowIndex === undefined) return;
    virtualizer.scrollToIndex(rowIndex, { align: 'auto' });
    // The row exists once the virtualizer has rendered it: focus on the next frame.
    const frame = requestAnimationFrame(() => {
      const element = scrollRef.current?.querySelector<HTMLElement>(`[data-row="${rowIndex}"] article.session`);
      element?.focus({ preventScroll: true });
    });
    return () => cancelAnimationFrame(frame);
  }, [focusRequest, selected, rows, virtualizer, scrollRef]);

  // The scroll container lives here, not in the parent: its ref must be set before the virtualizer's
  // layout effect reads it, which only holds for elements this component renders itself.
  return (
    <div className={`catalogue-list density-${density}`} ref={scrollRef} data-keys="list">
      {list.length === 0 ? (
        <div className="empty" role="status">
          {reasons
            ? 'No For you sessions match. Star a few sessions you like, or clear the filters.'
            : 'No sessions match. Try fewer words, check the spelling, or clear the filters.'}
        </div>
      ) : (
        <div
          className="virtual-list"
          style={{ height: virtualizer.getTotalSize() }}
          role="region"
          aria-label={
            reasons ? 'For you, most alike first' : grouped ? 'Sessions by day and time' : 'Search results, best first'
          }
        >
          {virtualizer.getVirtualItems().map((item) => {
            const row = list[item.index]!;
            return (
              <div
                key={item.key}
                data-index={item.index}
                data-row={item.index}
                ref={virtualizer.measureElement}
                className={`virtual-row row-${row.type}`}
                style={{ transform: `translateY(${item.start}px)` }}
              >
                {row.type === 'day' && (
                  <h2 className="day-heading">
                    {dayHeading(row.date)} <span className="day-count">{row.count}</span>
                  </h2>
                )}
                {row.type === 'slot' && (
                  <div className="slot-heading">
                    {row.start ? (
                      <>
                        <time dateTime={row.start}>{clockTime(row.start, row.timeZone)}</time>{' '}
                        <span className="slot-zone">{zoneLabel(row.timeZone)} time</span>
                      </>
                    ) : (
                      'Time to be announced'
                    )}
                    <span className="slot-count">
                      {row.count} {row.count === 1 ? 'session' : 'sessions'}
                    </span>
                  </div>
                )}
                {row.type === 'session' && (
                  <SessionRow
                    hit={row.hit}
                    showDay={!grouped}
                    showLocalTime={showLocalTime}
                    dense={density === 'compact'}
                    selected={row.position === selected}
                    onSelect={() => onSelect(row.position)}
                    roving
                    reasons={reasons?.get(row.hit.session.sessionKey)}
                  />
                )}
              </div>
            );
          })}
        </div>
      )}
    </div>
  );
}

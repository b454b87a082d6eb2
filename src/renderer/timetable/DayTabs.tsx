// The timetable's day tabs: one per day with sessions, arrow keys move between them (the ARIA tabs pattern).
import { useRef } from 'react';
import { shortDay } from '../format';

interface Props {
  days: { date: string; count: number }[];
  selected: string | null;
  onSelect: (date: string) => void;
  /** The id of the panel the tabs control (the grid). */
  panelId: string;
}

export function tabId(date: string): string {
  return `timetable-day-${date}`;
}

export function DayTabs({ days, selected, onSelect, panelId }: Props) {
  const list = useRef<HTMLDivElement>(null);
  const move = (from: number, step: number) => {
    const next = days[(from + step + days.length) % days.length];
    if (!next) return;
    onSelect(next.date);
    list.current?.querySelector<HTMLElement>(`#${CSS.escape(tabId(next.date))}`)?.focus();
  };
  return (
    <div className="tt-days" role="tablist" aria-label="Days" ref={list}>
      {days.map((day, i) => {
        const active = day.date === selected;
        return (
          <button
            key={day.date}
            id={tabId(day.date)}
            type="button"
            role="tab"
            className={`tt-day${active ? ' active' : ''}`}
            aria-selected={active}
            aria-controls={panelId}
            tabIndex={active ? 0 : -1}
            onClick={() => onSelect(day.date)}
            onKeyDown={(event) => {
              if (event.key === 'ArrowRight') move(i, 1);
              else if (event.key === 'ArrowLeft') move(i, -1);
              else if (event.key === 'Home') move(0, 0);
              else if (event.key === 'End') move(days.length - 1, 0);
              else return;
              event.preventDefault();
            }}
          >
            {shortDay(day.date)} <span className="tt-day-count">{day.count}</span>
          </button>
        );
      })}
    </div>
  );
}

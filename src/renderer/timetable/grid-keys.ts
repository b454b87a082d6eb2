// The timetable grid's keys, one table, so they can move onto the app's keyboard module as they are.
import type { Direction } from './neighbours';

export type GridKeyAction = { move: Direction } | 'open' | 'star' | 'first' | 'last';

export const GRID_KEYS: Readonly<Record<string, GridKeyAction>> = {
  ArrowUp: { move: 'up' },
  ArrowDown: { move: 'down' },
  ArrowLeft: { move: 'left' },
  ArrowRight: { move: 'right' },
  k: { move: 'up' },
  j: { move: 'down' },
  h: { move: 'left' },
  l: { move: 'right' },
  Enter: 'open',
  s: 'star',
  Home: 'first',
  End: 'last',
};

/** The action for a key press in the grid; none with a modifier held (those belong to the browser). */
export function gridKeyAction(event: {
  key: string;
  altKey: boolean;
  ctrlKey: boolean;
  metaKey: boolean;
}): GridKeyAction | null {
  if (event.altKey || event.ctrlKey || event.metaKey) return null;
  return Object.hasOwn(GRID_KEYS, event.key) ? GRID_KEYS[event.key]! : null;
}

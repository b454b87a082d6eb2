// Where Tab and Shift+Tab go next inside a dialog (see components/Dialog.tsx).

/**
 * Where the focus goes when Tab (or Shift+Tab) is pressed on stop `current` of `count` stops:
 * round from the last to the first and back, and from outside (-1) to the first or the last.
 */
export function wrapFocus(current: number, count: number, backwards: boolean): number {
  if (count === 0) return -1;
  if (current < 0) return backwards ? count - 1 : 0;
  return (current + (backwards ? count - 1 : 1)) % count;
}

// Where a list key takes the selection in the catalogue list (the keys themselves are in keyboard/bindings.ts).

export type ListMoveAction = 'next' | 'previous' | 'first' | 'last';

/** Select the session at this position, or hand the focus back up to the search box. */
export type ListMove = { select: number } | { focusSearch: true } | null;

/**
 * From the search box, ↓ enters the list on the selected session (it does not skip it); ↑ on the
 * first session goes back up to the search box. Positions stay inside the list.
 */
export function listMove(action: ListMoveAction, selected: number, count: number, fromSearch: boolean): ListMove {
  if (count === 0) return null;
  const clamp = (position: number) => ({ select: Math.max(0, Math.min(count - 1, position)) });
  switch (action) {
    case 'next':
      return clamp(fromSearch ? selected : selected + 1);
    case 'previous':
      return selected <= 0 && !fromSearch ? { focusSearch: true } : clamp(selected - 1);
    case 'first':
      return clamp(0);
    case 'last':
      return clamp(count - 1);
  }
}

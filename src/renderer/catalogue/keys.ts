// Which keys move, open and star in lists, and when a key belongs to a text field instead.

export type ListKeyAction = 'next' | 'previous' | 'first' | 'last' | 'open' | 'star' | null;

export function isTextField(target: EventTarget | null): boolean {
  return (
    target instanceof HTMLTextAreaElement ||
    target instanceof HTMLSelectElement ||
    (target instanceof HTMLInputElement && !['checkbox', 'radio', 'button'].includes(target.type)) ||
    (target instanceof HTMLElement && target.isContentEditable)
  );
}

/** The list action for a key press; letters only when not typing, arrows and Enter from the search box too. */
export function listKeyAction(event: KeyboardEvent, inSearchBox: boolean): ListKeyAction {
  if (event.altKey || event.ctrlKey || event.metaKey) return null;
  const typing = isTextField(event.target);
  if (typing && !inSearchBox) return null;
  switch (event.key) {
    case 'ArrowDown':
      return 'next';
    case 'ArrowUp':
      return 'previous';
    case 'Enter':
      return 'open';
    case 'j':
      return typing ? null : 'next';
    case 'k':
      return typing ? null : 'previous';
    case 's':
      return typing ? null : 'star';
    case 'Home':
      return typing ? null : 'first';
    case 'End':
      return typing ? null : 'last';
    default:
      return null;
  }
}

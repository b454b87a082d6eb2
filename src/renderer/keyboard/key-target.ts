// Classifies the element a key press came from, for the binding table (see bindings.ts).
import type { KeyTarget } from './bindings';

/** A field where letters are text (checkboxes and buttons are not). */
export function isTextField(target: EventTarget | null): boolean {
  return (
    target instanceof HTMLTextAreaElement ||
    target instanceof HTMLSelectElement ||
    (target instanceof HTMLInputElement && !['checkbox', 'radio', 'button', 'submit'].includes(target.type)) ||
    (target instanceof HTMLElement && target.isContentEditable)
  );
}

/**
 * Marks in the markup, not class names: `data-keys="search"` on the search box and
 * `data-keys="list"` on a keyboard-driven list.
 */
export function keyTarget(target: EventTarget | null): KeyTarget {
  if (!(target instanceof Element) || target === document.body || target === document.documentElement) return 'body';
  if (target.closest('[data-keys="search"]')) return 'search';
  if (isTextField(target)) return 'text';
  if (target.closest('[data-keys="list"]'))
    return target instanceof HTMLAnchorElement || target instanceof HTMLButtonElement ? 'list-control' : 'list';
  return 'other';
}

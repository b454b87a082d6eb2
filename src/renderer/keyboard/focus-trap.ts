// The elements Tab may reach inside a dialog.

const TABBABLE = [
  'a[href]',
  'button:not([disabled])',
  'input:not([disabled]):not([type="hidden"])',
  'select:not([disabled])',
  'textarea:not([disabled])',
  'summary',
  '[tabindex]:not([tabindex="-1"])',
].join(',');

/** The elements inside `root` that Tab stops at, in document order (hidden ones left out). */
export function tabbables(root: Element): HTMLElement[] {
  return [...root.querySelectorAll<HTMLElement>(TABBABLE)].filter(
    (element) =>
      !element.hidden &&
      element.getClientRects().length > 0 &&
      !element.closest('[inert]') &&
      // The content of a closed <details> still has boxes in Chromium but cannot take the focus.
      !isInClosedDetails(element),
  );
}

function isInClosedDetails(element: HTMLElement): boolean {
  const details = element.closest('details:not([open])');
  if (!details) return false;
  // Its own summary is the way to open it.
  return !(element.tagName === 'SUMMARY' && element.parentElement === details);
}

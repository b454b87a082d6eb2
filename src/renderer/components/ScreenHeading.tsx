// A screen's main heading (its h1). It takes the focus when it appears after a navigation, unless the
// screen already put the focus somewhere inside itself (the catalogue's search box, a row coming back
// into view), so a screen reader hears where it landed and Tab starts from the top of the screen.
import { useEffect, useRef, type ReactNode } from 'react';

export function focusWasLost(content: Element | null): boolean {
  const active = document.activeElement;
  return !active || active === document.body || !content?.contains(active);
}

export function ScreenHeading({ children, id, className }: { children: ReactNode; id?: string; className?: string }) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    const element = heading.current;
    // Inside an open dialog nothing moves: the dialog keeps the focus.
    if (!element || document.querySelector('[aria-modal="true"]')) return;
    if (focusWasLost(element.closest('main'))) element.focus({ preventScroll: true });
  }, []);
  return (
    <h1 ref={heading} id={id} className={className} tabIndex={-1}>
      {children}
    </h1>
  );
}

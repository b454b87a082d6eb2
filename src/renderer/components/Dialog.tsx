// A modal dialog: takes the focus when it opens, keeps Tab inside, closes on Esc, and hands the
// focus back to where it was when it closes.
import { useEffect, useRef, type ReactNode, type RefObject } from 'react';
import { tabbables } from '../keyboard/focus-trap';
import { wrapFocus } from '../keyboard/wrap-focus';
import { useKeyScope } from '../keyboard/KeyboardProvider';

interface Props {
  labelledBy: string;
  onClose: () => void;
  children: ReactNode;
  className?: string;
  /** What gets the focus on opening; the first control when not given. */
  initialFocus?: RefObject<HTMLElement | null>;
}

export function Dialog({ labelledBy, onClose, children, className = '', initialFocus }: Props) {
  const panel = useRef<HTMLElement>(null);
  useKeyScope('dialog', { close: () => onClose() }, { modal: true });

  useEffect(() => {
    const opener = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    const root = panel.current;
    if (root) (initialFocus?.current ?? tabbables(root)[0] ?? root).focus();
    return () => {
      // Back to the control that opened the dialog, if it is still on the page.
      if (opener?.isConnected) opener.focus();
    };
    // Focus moves once, on opening: later renders must not pull it back.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  const onKeyDown = (event: React.KeyboardEvent) => {
    if (event.key !== 'Tab' || !panel.current) return;
    const stops = tabbables(panel.current);
    const next = wrapFocus(stops.indexOf(document.activeElement as HTMLElement), stops.length, event.shiftKey);
    event.preventDefault();
    stops[next]?.focus();
  };

  return (
    <div className="dialog-backdrop">
      <section
        ref={panel}
        className={`dialog ${className}`.trim()}
        role="dialog"
        aria-modal="true"
        aria-labelledby={labelledBy}
        tabIndex={-1}
        onKeyDown={onKeyDown}
      >
        {children}
      </section>
    </div>
  );
}

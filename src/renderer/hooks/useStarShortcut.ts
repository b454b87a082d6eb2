// Keyboard starring: "s" cycles the star of the session that holds the focus (a row, a card, a link in it).
import { useEffect } from 'react';

export function useStarShortcut(): void {
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.key !== 's' || event.ctrlKey || event.metaKey || event.altKey) return;
      const target = event.target;
      if (
        target instanceof HTMLInputElement ||
        target instanceof HTMLTextAreaElement ||
        target instanceof HTMLSelectElement
      )
        return;
      // A screen that stars its own selection (the catalogue list) handles the key itself.
      if (target instanceof Element && target.closest('[data-star-keys="screen"]')) return;
      const holder = document.activeElement?.closest('[data-session-key]');
      const button = holder?.querySelector<HTMLButtonElement>('.star-button');
      if (!button) return;
      event.preventDefault();
      button.click();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);
}

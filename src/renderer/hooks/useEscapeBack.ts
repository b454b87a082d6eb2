// Esc on a detail page goes back where the user came from (the catalogue when there is no history).
import { useEffect } from 'react';
import { isTextField } from '../catalogue/keys';
import { navigate } from '../routes';

export function useEscapeBack(): void {
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.key !== 'Escape' || isTextField(event.target) || event.defaultPrevented) return;
      event.preventDefault();
      if (window.history.length > 1) window.history.back();
      else navigate({ screen: 'catalogue' });
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);
}

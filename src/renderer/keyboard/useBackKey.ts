// A detail page (a session, a speaker): Esc goes back where the user came from, or to the
// catalogue when there is no history.
import { navigate } from '../routes';
import { useKeyScope } from './KeyboardProvider';

export function useBackKey(): void {
  useKeyScope('detail', {
    back: () => {
      if (window.history.length > 1) window.history.back();
      else navigate({ screen: 'catalogue' });
    },
  });
}

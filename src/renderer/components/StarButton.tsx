// The star toggle's place in session rows and pages. Starring itself belongs to the agenda: this
// renders nothing until the agenda passes an onToggle.
import type { SessionView } from '../../shared/types';

export type ToggleStar = (session: SessionView) => void;

export function StarButton({ session, onToggle }: { session: SessionView; onToggle?: ToggleStar | undefined }) {
  if (!onToggle) return null;
  const starred = session.agenda !== null;
  return (
    <button
      type="button"
      className={`star${starred ? ' starred' : ''}`}
      aria-pressed={starred}
      aria-label={`Star ${session.title}`}
      title={starred ? 'Starred (s)' : 'Star (s)'}
      onClick={(event) => {
        event.stopPropagation();
        onToggle(session);
      }}
    >
      <span aria-hidden="true">{starred ? '★' : '☆'}</span>
    </button>
  );
}

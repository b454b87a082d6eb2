// The star toggle every session row and page carries: not starred → going → maybe → not starred.
import { useState } from 'react';
import type { SessionView } from '../../shared/types';
import { useStarStatus } from '../hooks/useStar';
import { nextStatus } from '../stores/agenda-store';
import { useStores } from '../stores/context';
import { errorMessage } from '../../shared/errors';

interface Props {
  session: Pick<SessionView, 'sessionKey' | 'title' | 'agenda'>;
  /** Icon only (dense rows); the label stays for screen readers. */
  compact?: boolean;
  /** -1 in a list row that is not the list's tab stop (see SessionRow). */
  tabIndex?: number | undefined;
}

const LABELS = { going: 'Going', maybe: 'Maybe', none: 'Star' } as const;

export function StarButton({ session, compact = false, tabIndex }: Props) {
  const { agenda } = useStores();
  const [error, setError] = useState<string | null>(null);
  const status = useStarStatus(session);
  const next = nextStatus(status);
  const label =
    next === 'going'
      ? `Star “${session.title}” (going)`
      : next === 'maybe'
        ? `Mark “${session.title}” as maybe`
        : `Remove “${session.title}” from my agenda`;
  const onClick = (event: React.MouseEvent) => {
    // Rows may be links themselves: starring must not open the session.
    event.stopPropagation();
    event.preventDefault();
    setError(null);
    agenda
      .setStar(session.sessionKey, next, { title: session.title, status })
      .catch((caught: unknown) => setError(errorMessage(caught)));
  };
  return (
    <span className="star-wrap">
      <button
        type="button"
        className={`star-button star-${status ?? 'none'}${compact ? ' compact' : ''}`}
        aria-pressed={status !== null}
        // The name starts with what the button shows ("Going", "Maybe"), as speech control needs.
        aria-label={compact || status === null ? label : `${LABELS[status]}: ${label}`}
        title={label}
        data-status={status ?? 'none'}
        tabIndex={tabIndex}
        onClick={onClick}
      >
        <span aria-hidden="true">{status === null ? '☆' : '★'}</span>
        {!compact && <span className="star-text">{LABELS[status ?? 'none']}</span>}
      </button>
      {error && (
        <span role="alert" className="star-error">
          {error}
        </span>
      )}
    </span>
  );
}

// Pin a session: a conflict-free plan keeps pinned sessions before anything else (pinning stars it going).
import { useState } from 'react';
import type { SessionView } from '../../shared/types';
import { errorMessage } from '../../shared/errors';
import { usePinned } from '../hooks/usePlanning';
import { useStarStatus } from '../hooks/useStar';
import { useStores } from '../stores/context';

export function PinButton({
  session,
  compact = false,
}: {
  session: Pick<SessionView, 'sessionKey' | 'title' | 'agenda'>;
  /** The small size of agenda cards. */
  compact?: boolean;
}) {
  const { planning } = useStores();
  const pinned = usePinned(session.sessionKey);
  const status = useStarStatus(session);
  const [error, setError] = useState<string | null>(null);
  const label = pinned
    ? `Pinned: unpin “${session.title}”`
    : `Pin “${session.title}”: Resolve conflicts keeps it first${status === null ? ' (stars it going)' : ''}`;
  return (
    <span className="star-wrap">
      <button
        type="button"
        className={`pin-button${pinned ? ' pinned' : ''}${compact ? ' compact' : ''}`}
        aria-pressed={pinned}
        aria-label={label}
        title={label}
        onClick={(event) => {
          event.stopPropagation();
          setError(null);
          planning
            .setPinned(session.sessionKey, !pinned, status !== null)
            .catch((caught: unknown) => setError(errorMessage(caught)));
        }}
      >
        {/* A word, not an emoji: without an emoji font (many Linux desktops) an emoji is an empty box. */}
        <span className="star-text">{pinned ? 'Pinned' : 'Pin'}</span>
      </button>
      {error && (
        <span role="alert" className="star-error">
          {error}
        </span>
      )}
    </span>
  );
}

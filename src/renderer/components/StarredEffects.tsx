// What an import does (or did) to the user's starred sessions, each listed with every effect: the
// first thing the import preview shows.
import { effectPhrase } from '../../shared/summary-text';
import type { StarredEffect } from '../../shared/types';

const EFFECT_LABELS: Record<StarredEffect['effects'][number]['effect'], string> = {
  removed: 'Removed',
  cancelled: 'Cancelled',
  'became-break': 'Now a break',
  moved: 'Moved',
  renamed: 'Renamed',
};

export function StarredEffects({ starred, done = false }: { starred: StarredEffect[]; done?: boolean }) {
  return (
    <section className="starred-effects" aria-labelledby="starred-effects-heading">
      <h3 id="starred-effects-heading">Your sessions</h3>
      {starred.length === 0 ? (
        <p data-testid="starred-effects-none">
          {done ? 'None of your starred sessions changed.' : 'None of your starred sessions change.'}
        </p>
      ) : (
        <ul aria-label="What happens to your starred sessions">
          {starred.map((entry) => (
            <li key={entry.sessionKey} data-session-key={entry.sessionKey}>
              <span className="star" aria-label={entry.agenda === 'maybe' ? 'Maybe' : 'Going'}>
                {entry.agenda === 'maybe' ? '☆' : '★'}{' '}
              </span>
              <strong>{entry.title}</strong>
              <ul className="change-list">
                {entry.effects.map((e, i) => (
                  <li key={i}>
                    <span className={`chip effect-${e.effect}`}>{EFFECT_LABELS[e.effect]}</span> {effectPhrase(e)}
                  </li>
                ))}
              </ul>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

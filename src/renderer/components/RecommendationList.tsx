// A list of suggested sessions (More like this, For you): each a link with its day and time, and the
// reasons it was suggested, so a person can check why.
import type { Recommendation } from '../../shared/planning-types';
import { shortDay, timeRange } from '../format';
import { routeHref } from '../routes';

export function RecommendationList({ items, label }: { items: readonly Recommendation[]; label?: string }) {
  return (
    <ul className="similar-list" aria-label={label}>
      {items.map((r) => (
        <li key={r.session.sessionKey} data-session-key={r.session.sessionKey}>
          <a href={routeHref({ screen: 'session', sessionKey: r.session.sessionKey })}>{r.session.title}</a>{' '}
          <span className="muted">
            {shortDay(r.session.date)} {timeRange(r.session) ?? ''}
          </span>
          <br />
          <span className="reasons">{r.reasons.join(' · ')}</span>
        </li>
      ))}
    </ul>
  );
}

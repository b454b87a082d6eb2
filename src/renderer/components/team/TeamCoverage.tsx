// Coverage: for the tracks you choose, the sessions nobody of the team (you included) attends.
import { useMemo, useState } from 'react';
import { errorMessage } from '../../../shared/errors';
import type { TeamCoverage as Coverage } from '../../../shared/planning-types';
import type { SessionView } from '../../../shared/types';
import { api } from '../../api';
import { shortDay, timeRange } from '../../format';
import { routeHref } from '../../routes';

export function TeamCoverage({ sessions }: { sessions: SessionView[] }) {
  const tracks = useMemo(
    () => [...new Set(sessions.flatMap((s) => (s.track ? [s.track] : [])))].sort((a, b) => a.localeCompare(b)),
    [sessions],
  );
  const [chosen, setChosen] = useState<string[]>([]);
  const [coverage, setCoverage] = useState<Coverage | null>(null);
  const [error, setError] = useState<string | null>(null);
  const toggle = (track: string) =>
    setChosen((c) => (c.includes(track) ? c.filter((t) => t !== track) : [...c, track]));
  const show = () => {
    setError(null);
    api.getTeamCoverage({ tracks: chosen }).then(setCoverage, (e: unknown) => setError(errorMessage(e)));
  };
  return (
    <section aria-labelledby="coverage-heading">
      <h2 id="coverage-heading">Coverage</h2>
      <p className="muted">Choose tracks: kubeplan lists their sessions nobody of the team (you included) attends.</p>
      <fieldset className="coverage-tracks">
        <legend className="visually-hidden">Tracks</legend>
        {tracks.map((track) => (
          <label key={track} className="facet-value">
            <input type="checkbox" checked={chosen.includes(track)} onChange={() => toggle(track)} />
            <span className="facet-name">{track}</span>
          </label>
        ))}
      </fieldset>
      <button type="button" className="button" disabled={chosen.length === 0} onClick={show}>
        Show coverage
      </button>
      {error && (
        <p className="banner error" role="alert">
          {error}
        </p>
      )}
      {coverage && (
        <div className="coverage-result">
          <p role="status">
            {coverage.covered} covered, {coverage.uncovered.length} nobody attends ({coverage.tracks.join(', ')}).
          </p>
          <ul className="similar-list" aria-label="Sessions nobody attends">
            {coverage.uncovered.map((s) => (
              <li key={s.sessionKey} data-session-key={s.sessionKey}>
                <a href={routeHref({ screen: 'session', sessionKey: s.sessionKey })}>{s.title}</a>{' '}
                <span className="muted">
                  {shortDay(s.date)} {timeRange(s) ?? ''} {s.room ?? ''}
                </span>
              </li>
            ))}
          </ul>
        </div>
      )}
    </section>
  );
}

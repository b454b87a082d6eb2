// A session page's planning help: its recordings (Watch recording) and the sessions most like it, with reasons.
import { useEffect, useState } from 'react';
import { errorMessage } from '../../shared/errors';
import type { Recommendation, Recording } from '../../shared/planning-types';
import { api } from '../api';
import { RecommendationList } from './RecommendationList';
import { WatchRecording } from './WatchRecording';

export function MoreLikeThis({ sessionKey }: { sessionKey: string }) {
  const [loaded, setLoaded] = useState<{
    key: string;
    similar: Recommendation[];
    recordings: Recording[];
    error: string | null;
  } | null>(null);
  useEffect(() => {
    let current = true;
    Promise.all([api.similarSessions({ sessionKey }), api.listRecordings()]).then(
      ([similar, all]) =>
        current &&
        setLoaded({
          key: sessionKey,
          similar,
          recordings: all.filter((r) => r.sessionKey === sessionKey),
          error: null,
        }),
      (error: unknown) =>
        current && setLoaded({ key: sessionKey, similar: [], recordings: [], error: errorMessage(error) }),
    );
    return () => {
      current = false;
    };
  }, [sessionKey]);
  if (!loaded || loaded.key !== sessionKey) return null;
  return (
    <>
      {loaded.recordings.length > 0 && (
        <section aria-labelledby="recording-heading">
          <h2 id="recording-heading">Recording</h2>
          <ul className="links">
            {loaded.recordings.map((r) => (
              <li key={r.videoId}>
                <WatchRecording recording={r} /> <span className="muted">{r.title}</span>
              </li>
            ))}
          </ul>
        </section>
      )}
      {loaded.error && (
        <p className="banner error" role="alert">
          {loaded.error}
        </p>
      )}
      {loaded.similar.length > 0 && (
        <section aria-labelledby="similar-heading">
          <h2 id="similar-heading">More like this</h2>
          <RecommendationList items={loaded.similar} />
        </section>
      )}
    </>
  );
}

// "On now" and "Up next", among my starred sessions and across the event; refreshed every minute.
import { useEffect, useState } from 'react';
import type { NowNext } from '../../../shared/agenda-types';
import type { SessionView } from '../../../shared/types';
import { api } from '../../api';
import { timeRange } from '../../format';
import { routeHref } from '../../routes';

function Line({ label, sessions }: { label: string; sessions: SessionView[] }) {
  return (
    <div className="now-line">
      <span className="now-label">{label}</span>
      {sessions.length === 0 ? (
        <span className="now-none">nothing</span>
      ) : (
        <ul>
          {sessions.slice(0, 3).map((s) => (
            <li key={s.sessionKey}>
              <span className="agenda-time">{timeRange(s)}</span>{' '}
              <a href={routeHref({ screen: 'session', sessionKey: s.sessionKey })}>{s.title}</a>
              {s.room && <span className="room"> · {s.room}</span>}
            </li>
          ))}
          {sessions.length > 3 && <li className="now-more">and {sessions.length - 3} more</li>}
        </ul>
      )}
    </div>
  );
}

export function NowNextPanel({ version, event }: { version: number; event: string | null }) {
  const [data, setData] = useState<NowNext | null>(null);
  useEffect(() => {
    let live = true;
    const load = () =>
      void api.getNowNext({ event }).then(
        (value) => live && setData(value),
        () => undefined,
      );
    load();
    const timer = window.setInterval(load, 60_000);
    return () => {
      live = false;
      window.clearInterval(timer);
    };
  }, [version, event]);
  if (!data) return null;
  const quiet = [data.starredNow, data.starredNext, data.eventNow, data.eventNext].every((l) => l.length === 0);
  if (quiet) return null;
  return (
    <section className="now-next" aria-label="Now and next">
      <div>
        <h2>My agenda</h2>
        <Line label="On now" sessions={data.starredNow} />
        <Line label="Up next" sessions={data.starredNext} />
      </div>
      <div>
        <h2>Whole event</h2>
        <Line label="On now" sessions={data.eventNow} />
        <Line label="Up next" sessions={data.eventNext} />
      </div>
    </section>
  );
}

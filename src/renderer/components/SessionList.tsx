// The catalogue list, grouped by day; every row a session with its time, kind, track and speakers.
import type { SearchHit } from '../hooks/useSearch';
import { dayHeading, KIND_LABELS, timeRange } from '../format';
import { Highlight } from './Highlight';

interface Props {
  hits: SearchHit[];
  grouped: boolean;
}

function groupByDay(hits: SearchHit[]): [string | null, SearchHit[]][] {
  const groups = new Map<string | null, SearchHit[]>();
  for (const hit of hits) {
    const list = groups.get(hit.session.date);
    if (list) list.push(hit);
    else groups.set(hit.session.date, [hit]);
  }
  return [...groups.entries()];
}

function SessionRow({ hit }: { hit: SearchHit }) {
  const { session, terms } = hit;
  const time = timeRange(session);
  return (
    <li className="session" data-session-id={session.id}>
      <div className="session-time">{time ?? (session.date ? 'Time TBA' : '—')}</div>
      <div className="session-main">
        <h3 className="session-title">
          <Highlight text={session.title} terms={terms} />
        </h3>
        {session.speakers.length > 0 && (
          <p className="session-speakers">
            {session.speakers.map((speaker, i) => (
              <span key={`${speaker.name}-${i}`} className="speaker">
                <Highlight text={speaker.name} terms={terms} />
                {speaker.affiliation && (
                  <span className="affiliation">
                    {' '}
                    <Highlight text={speaker.affiliation} terms={terms} />
                  </span>
                )}
              </span>
            ))}
          </p>
        )}
        <p className="session-meta">
          {session.changes.some((c) => c !== 'new') && (
            <span className="chip changed" title={`Changed on the last import: ${session.changes.join(', ')}`}>
              Changed
            </span>
          )}
          {session.kind !== 'talk' && <span className={`chip kind-${session.kind}`}>{KIND_LABELS[session.kind]}</span>}
          {session.track && <span className="chip track">{session.track}</span>}
          {session.room && <span className="room">{session.room}</span>}
          {session.event && <span className="event">{session.event}</span>}
        </p>
      </div>
    </li>
  );
}

export function SessionList({ hits, grouped }: Props) {
  if (hits.length === 0) {
    return (
      <div className="empty" role="status">
        No sessions match. Try fewer words, or check the spelling.
      </div>
    );
  }
  if (!grouped) {
    return (
      <ol className="sessions" aria-label="Search results">
        {hits.map((hit) => (
          <SessionRow key={hit.session.id} hit={hit} />
        ))}
      </ol>
    );
  }
  return (
    <div className="days">
      {groupByDay(hits).map(([day, dayHits]) => (
        <section key={day ?? 'none'} className="day" aria-label={dayHeading(day)}>
          <h2 className="day-heading">
            {dayHeading(day)} <span className="day-count">{dayHits.length}</span>
          </h2>
          <ol className="sessions">
            {dayHits.map((hit) => (
              <SessionRow key={hit.session.id} hit={hit} />
            ))}
          </ol>
        </section>
      ))}
    </div>
  );
}

// A session's page: everything known about it, its links, where it came from, what changed, what else is on.
import { useEffect, useState } from 'react';
import type { SessionProvenance } from '../../shared/provenance';
import type { ChangeKind, SessionView } from '../../shared/types';
import { api } from '../api';
import { sameSlot, sessionLinks } from '../catalogue/session-links';
import { MoreLikeThis } from '../components/MoreLikeThis';
import { SessionRow } from '../components/SessionRow';
import { SpeakerLinks } from '../components/SpeakerLinks';
import { StarButton } from '../components/StarButton';
import { PinButton } from '../components/PinButton';
import { TeamGoing } from '../components/TeamGoing';
import { dayHeading, KIND_LABELS, localTimeRange, timeRange, zoneLabel } from '../format';
import { useBackKey } from '../keyboard/useBackKey';
import { errorMessage } from '../../shared/errors';
import { ScreenHeading } from '../components/ScreenHeading';

interface Props {
  sessionKey: string;
  sessions: SessionView[];
}

const CHANGE_LABELS: Record<ChangeKind, string> = {
  new: 'New session',
  removed: 'Removed from the schedule',
  cancelled: 'Cancelled',
  title: 'Title',
  time: 'Time',
  day: 'Day',
  room: 'Room',
  speakers: 'Speakers',
  track: 'Track',
  kind: 'Kind',
};

function describeValue(change: ChangeKind, value: string | null, zone: string | null): string {
  if (value === null || value === '') return 'none';
  if (change === 'time') {
    const when = new Date(value);
    if (!Number.isNaN(when.getTime()))
      return new Intl.DateTimeFormat('en-GB', {
        timeZone: zone ?? 'UTC',
        dateStyle: 'medium',
        timeStyle: 'short',
      }).format(when);
  }
  return value;
}

function useSessionDetails(sessionKey: string, sessions: SessionView[]) {
  const [loaded, setLoaded] = useState<{
    sessionKey: string;
    session: SessionView | null;
    provenance: SessionProvenance | null;
    error: string | null;
  } | null>(null);
  useEffect(() => {
    let current = true;
    const known = sessions.find((s) => s.sessionKey === sessionKey);
    Promise.all([
      known ? Promise.resolve(known) : api.getSession({ sessionKey }),
      api.getSessionProvenance({ sessionKey }),
    ]).then(
      ([session, provenance]) => current && setLoaded({ sessionKey, session, provenance, error: null }),
      (error: unknown) =>
        current &&
        setLoaded({
          sessionKey,
          session: null,
          provenance: null,
          error: errorMessage(error),
        }),
    );
    return () => {
      current = false;
    };
  }, [sessionKey, sessions]);
  return loaded && loaded.sessionKey === sessionKey ? loaded : null;
}

export function SessionScreen({ sessionKey, sessions }: Props) {
  useBackKey();
  const details = useSessionDetails(sessionKey, sessions);
  if (!details) return <div className="empty">Loading…</div>;
  const { session, provenance, error } = details;
  if (!session) {
    return (
      <div className="page">
        <p className="empty" role="alert">
          {error ?? `No session with key ${sessionKey}.`}
        </p>
        <a href="#/catalogue">Back to the catalogue</a>
      </div>
    );
  }
  const time = timeRange(session);
  const local = localTimeRange(session);
  const links = sessionLinks(session, provenance);
  const concurrent = sameSlot(session, sessions);
  const changes = provenance?.lastChanges ?? [];
  return (
    <article className="page session-page" aria-labelledby="session-title" data-session-key={session.sessionKey}>
      <p className="breadcrumbs">
        <a href="#/catalogue">Catalogue</a> <span aria-hidden="true">›</span> {session.event ?? 'Session'}
      </p>
      <header className="page-head">
        <ScreenHeading id="session-title">{session.title}</ScreenHeading>
        <span className="agenda-card-actions">
          <PinButton session={session} />
          <StarButton session={session} />
        </span>
      </header>
      <TeamGoing sessionKey={session.sessionKey} />
      {session.status === 'removed' && (
        <p className="banner error" role="note">
          No source lists this session any more: it may have been cancelled.
        </p>
      )}
      <dl className="facts">
        <dt>When</dt>
        <dd>
          {dayHeading(session.date)}
          {time ? `, ${time} (${zoneLabel(session.timeZone)} time)` : session.date ? ', time to be announced' : ''}
          {local && <span className="local-time"> · {local} your time</span>}
        </dd>
        {session.room && (
          <>
            <dt>Room</dt>
            <dd>{session.room}</dd>
          </>
        )}
        <dt>Kind</dt>
        <dd>{KIND_LABELS[session.kind]}</dd>
        {session.track && (
          <>
            <dt>Track</dt>
            <dd>{session.track}</dd>
          </>
        )}
        {session.event && (
          <>
            <dt>Event</dt>
            <dd>{session.event}</dd>
          </>
        )}
        {session.speakers.length > 0 && (
          <>
            <dt>{session.speakers.length === 1 ? 'Speaker' : 'Speakers'}</dt>
            <dd className="session-speakers">
              <SpeakerLinks speakers={session.speakers} />
            </dd>
          </>
        )}
      </dl>
      {session.abstract ? (
        <section aria-labelledby="abstract-heading">
          <h2 id="abstract-heading">Abstract</h2>
          <p className="abstract">{session.abstract}</p>
        </section>
      ) : (
        <p className="muted">No abstract known yet.</p>
      )}
      {links.length > 0 && (
        <section aria-labelledby="links-heading">
          <h2 id="links-heading">Links</h2>
          <ul className="links">
            {links.map((link) => (
              <li key={link.url}>
                <a
                  href={link.url}
                  onClick={(event) => {
                    event.preventDefault();
                    void api.openExternal({ url: link.url });
                  }}
                >
                  {link.label}
                </a>{' '}
                <span className="muted url">{link.url}</span>
              </li>
            ))}
          </ul>
        </section>
      )}
      {changes.length > 0 && (
        <section aria-labelledby="changes-heading">
          <h2 id="changes-heading">Changed on the last import</h2>
          <ul className="changes">
            {changes.map((c, i) => (
              <li key={i}>
                <strong>{CHANGE_LABELS[c.change]}</strong>
                {c.change !== 'new' && c.change !== 'removed' && (
                  <>
                    : <del>{describeValue(c.change, c.oldValue, session.timeZone)}</del> →{' '}
                    <ins>{describeValue(c.change, c.newValue, session.timeZone)}</ins>
                  </>
                )}{' '}
                <span className="muted">
                  ({new Date(c.importedAt).toLocaleString()}, {c.source})
                </span>
              </li>
            ))}
          </ul>
        </section>
      )}
      {provenance && provenance.sources.length > 0 && (
        <section aria-labelledby="sources-heading">
          <h2 id="sources-heading">Sources</h2>
          <ul className="sources">
            {provenance.sources.map((source) => (
              <li key={source.sourceId}>
                <strong>{source.title ?? source.location}</strong> <span className="chip">{source.kind}</span>
                <br />
                <span className="muted url">{source.location}</span>
                <br />
                <span className="muted">
                  Listed it as “{source.record.title}”, last seen {new Date(source.seenAt).toLocaleString()}
                </span>
              </li>
            ))}
          </ul>
        </section>
      )}
      <MoreLikeThis sessionKey={session.sessionKey} />
      {concurrent.length > 0 && (
        <section aria-labelledby="slot-heading">
          <h2 id="slot-heading">At the same time</h2>
          <div className="plain-list">
            {concurrent.map((other) => (
              <SessionRow
                key={other.sessionKey}
                hit={{ session: other, terms: [] }}
                showDay={false}
                showLocalTime={false}
              />
            ))}
          </div>
        </section>
      )}
    </article>
  );
}

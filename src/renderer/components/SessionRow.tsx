// One session in a list: time (event zone, optionally local too), title, kind, track, room, speakers, star.
import type { CatalogueHit } from '../../core/search/search-catalogue';
import { KIND_LABELS, localTimeRange, shortDay, timeRange } from '../format';
import { useOtherEventLabel } from '../hooks/useEventFocus';
import { routeHref } from '../routes';
import { Highlight } from './Highlight';
import { SpeakerLinks } from './SpeakerLinks';
import { StarButton } from './StarButton';

interface Props {
  hit: CatalogueHit;
  /** Show the day too (ranked results and speaker pages are not grouped by day). */
  showDay: boolean;
  showLocalTime: boolean;
  selected?: boolean;
  onSelect?: () => void;
  /**
   * In a keyboard-driven list the list is one tab stop (roving tabindex): only the selected row and
   * the links and buttons in it are reached by Tab; arrows move the selection.
   */
  roving?: boolean;
  /** The compact list: time, title, then speakers and room, each on one line. */
  dense?: boolean;
  /** Why For you suggests the session. */
  reasons?: readonly string[] | undefined;
}

export function SessionRow({
  hit,
  showDay,
  showLocalTime,
  selected = false,
  onSelect,
  roving = false,
  dense = false,
  reasons,
}: Props) {
  const inner = roving && !selected ? -1 : undefined;
  const { session, terms } = hit;
  const time = timeRange(session);
  const local = showLocalTime ? localTimeRange(session) : null;
  const titleId = `title-${session.sessionKey}`;
  // Everything is "new" after a first import; only real changes are worth a badge in a list.
  const changed = session.changes.filter((c) => c !== 'new');
  // A session of another event than the one in focus (a search over all events) says which, with its year.
  const otherEvent = useOtherEventLabel(session);
  if (dense) return <DenseRow {...{ hit, showDay, showLocalTime, selected, onSelect, inner, titleId, changed }} />;
  return (
    <article
      className={`session${selected ? ' selected' : ''}${session.status === 'removed' ? ' removed' : ''}`}
      data-session-key={session.sessionKey}
      aria-labelledby={titleId}
      aria-current={selected ? 'true' : undefined}
      tabIndex={selected ? 0 : -1}
      onFocus={onSelect}
    >
      <div className="session-time">
        {showDay && (
          <div className="session-day">
            {shortDay(session.date)}
            {otherEvent && session.date ? ` ${session.date.slice(0, 4)}` : ''}
          </div>
        )}
        <div>{time ?? (session.date ? 'Time TBA' : 'Unscheduled')}</div>
        {local && (
          <div className="local-time" title="Your local time">
            {local} <span className="visually-hidden">your time</span>
          </div>
        )}
      </div>
      <div className="session-main">
        <h3 className="session-title" id={titleId}>
          <a href={routeHref({ screen: 'session', sessionKey: session.sessionKey })} tabIndex={inner}>
            <Highlight text={session.title} terms={terms} />
          </a>
        </h3>
        {session.speakers.length > 0 && (
          <p className="session-speakers">
            <SpeakerLinks speakers={session.speakers} terms={terms} tabIndex={inner} />
          </p>
        )}
        <p className="session-meta">
          <span className={`chip kind-${session.kind}`}>{KIND_LABELS[session.kind]}</span>
          {session.track && <span className="chip track">{session.track}</span>}
          {session.room && <span className="room">{session.room}</span>}
          {otherEvent && <span className="event other-event">{otherEvent}</span>}
          {changed.length > 0 && <span className="changed">Changed: {changed.join(', ')}</span>}
        </p>
        {reasons && reasons.length > 0 && <p className="reasons">For you: {reasons.join(' · ')}</p>}
      </div>
      <div className="session-actions">
        <StarButton session={session} compact tabIndex={inner} />
      </div>
    </article>
  );
}

interface DenseProps extends Pick<Props, 'hit' | 'showDay' | 'showLocalTime' | 'selected' | 'onSelect'> {
  inner: number | undefined;
  titleId: string;
  changed: string[];
}

/** Two lines: the time beside the title, then speakers and room (and a kind other than talk). */
function DenseRow({ hit, showDay, showLocalTime, selected, onSelect, inner, titleId, changed }: DenseProps) {
  const { session, terms } = hit;
  const time = timeRange(session);
  const local = showLocalTime ? localTimeRange(session) : null;
  return (
    <article
      className={`session dense${selected ? ' selected' : ''}${session.status === 'removed' ? ' removed' : ''}`}
      data-session-key={session.sessionKey}
      aria-labelledby={titleId}
      aria-current={selected ? 'true' : undefined}
      tabIndex={selected ? 0 : -1}
      onFocus={onSelect}
    >
      <div className="session-time">
        {showDay && <span className="session-day">{shortDay(session.date)} </span>}
        <span>{time ?? (session.date ? 'Time TBA' : 'Unscheduled')}</span>
        {local && (
          <div className="local-time" title="Your local time">
            {local} <span className="visually-hidden">your time</span>
          </div>
        )}
      </div>
      <div className="session-main">
        <h3 className="session-title" id={titleId} title={session.title}>
          <a href={routeHref({ screen: 'session', sessionKey: session.sessionKey })} tabIndex={inner}>
            <Highlight text={session.title} terms={terms} />
          </a>
        </h3>
        <p className="session-meta">
          {session.kind !== 'talk' && <span className={`chip kind-${session.kind}`}>{KIND_LABELS[session.kind]}</span>}
          {session.speakers.length > 0 && (
            <span className="session-speakers">
              <SpeakerLinks speakers={session.speakers} terms={terms} tabIndex={inner} />
            </span>
          )}
          {session.room && <span className="room">{session.room}</span>}
          {changed.length > 0 && <span className="changed">Changed: {changed.join(', ')}</span>}
        </p>
      </div>
      <div className="session-actions">
        <StarButton session={session} compact tabIndex={inner} />
      </div>
    </article>
  );
}

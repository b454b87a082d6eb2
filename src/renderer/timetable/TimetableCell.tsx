// One session in the grid: a box as tall as the session is long, in its track's colour, with its star.
import { memo } from 'react';
import type { AgendaStatus, SessionView } from '../../shared/types';
import { WatchRecording } from '../components/WatchRecording';
import { clockTime } from '../format';
import { useForYouReasons, usePinned, useRecordingsOf, useTeamAt } from '../hooks/usePlanning';
import { routeHref } from '../routes';
import { titleInRoom } from './cell-title';
import type { GridCell } from './day-grid';
import { trackColour } from './track-colour';

interface Props {
  cell: GridCell;
  room: string | null;
  timeZone: string;
  status: AgendaStatus | null;
  selected: boolean;
  /** The grid is one Tab stop: this cell takes it. */
  tabStop: boolean;
  onSelect: (sessionKey: string) => void;
  onToggleStar: ((session: SessionView) => void) | undefined;
}

const STATUS_WORDS = { going: 'going', maybe: 'maybe' } as const;

/** Cells shorter than this show the start and title on one line (a 5-minute talk is 15 px); hover or focus shows it all. */
const ROOMY_PX = 40;
/** Line heights (px) of the title and of the small time and speaker lines, and the cell's vertical padding. */
const TITLE_LINE = 15.6;
const SMALL_LINE = 14.3;
const PADDING = 8;

/**
 * How many title lines fit, whether the speakers still do below them, and whether the time goes on
 * the title's first line instead of its own: a 15-minute cell fits two lines that way, one otherwise
 * ("Cloud Native…"). `extraLine`: the pin / team / recording line takes a small line too. No line is
 * cut in half.
 */
function fit(
  height: number,
  hasSpeakers: boolean,
  extraLine: boolean,
): { lines: number; speakers: boolean; inlineTime: boolean } {
  const room = height - PADDING - SMALL_LINE * (extraLine ? 2 : 1);
  const withSpeakers = Math.floor((room - SMALL_LINE) / TITLE_LINE);
  if (hasSpeakers && withSpeakers >= 2) return { lines: withSpeakers, speakers: true, inlineTime: false };
  const lines = Math.floor(room / TITLE_LINE);
  const inline = Math.floor((height - PADDING - (extraLine ? SMALL_LINE : 0)) / TITLE_LINE);
  if (lines < 2 && inline >= 2) return { lines: inline, speakers: false, inlineTime: true };
  return { lines: Math.max(1, lines), speakers: false, inlineTime: false };
}

export const TimetableCell = memo(function TimetableCell({
  cell,
  room,
  timeZone,
  status,
  selected,
  tabStop,
  onSelect,
  onToggleStar,
}: Props) {
  const { session } = cell;
  const reasons = useForYouReasons(session.sessionKey);
  const team = useTeamAt(session.sessionKey);
  const recording = useRecordingsOf(session.sessionKey)[0];
  const pinned = usePinned(session.sessionKey);
  const teamLine = team.map((m) => (m.status === 'maybe' ? `${m.name} (maybe)` : m.name)).join(', ');
  const start = clockTime(new Date(cell.startMs).toISOString(), timeZone);
  const end = clockTime(new Date(cell.endMs).toISOString(), timeZone);
  const colour = trackColour(session.track);
  const title = titleInRoom(session.title, room);
  const roomy = cell.height >= ROOMY_PX;
  // Pin, team, recording and For you share one small line, kept when a title line still fits above it.
  const extras =
    (teamLine !== '' || recording !== undefined || pinned || reasons !== undefined) &&
    cell.height >= PADDING + 2 * SMALL_LINE + TITLE_LINE;
  const { lines, speakers, inlineTime } = roomy
    ? fit(cell.height, session.speakers.length > 0, extras)
    : { lines: 1, speakers: false, inlineTime: false };
  const starLabel =
    status === null
      ? `Star “${session.title}” (going)`
      : status === 'going'
        ? `Mark “${session.title}” as maybe`
        : `Remove “${session.title}” from my agenda`;
  return (
    <article
      className={`tt-cell track-${colour ?? 'none'} star-${status ?? 'none'}${selected ? ' selected' : ''}${roomy ? '' : ' short'}`}
      style={{ top: cell.top, left: cell.left, width: cell.width, height: cell.height }}
      data-session-key={session.sessionKey}
      data-status={status ?? 'none'}
      data-start={cell.startMs}
      data-end={cell.endMs}
      data-column={cell.column}
      tabIndex={tabStop ? 0 : -1}
      aria-current={selected ? 'true' : undefined}
      aria-label={`${start} – ${end}, ${room ?? 'room not announced'}: ${session.title}${
        session.track ? `, ${session.track}` : ''
      }${status ? `, ${STATUS_WORDS[status]}` : ''}${pinned ? ', pinned' : ''}${teamLine ? `; team: ${teamLine}` : ''}${
        recording ? ', recorded' : ''
      }`}
      title={reasons ? `For you: ${reasons.join(' · ')}` : undefined}
      data-team={teamLine || undefined}
      onFocus={() => onSelect(session.sessionKey)}
    >
      {!inlineTime && (
        <div className="tt-time" aria-hidden="true">
          {roomy ? `${start}–${end}` : start}
        </div>
      )}
      <a
        className="tt-title"
        href={routeHref({ screen: 'session', sessionKey: session.sessionKey })}
        tabIndex={-1}
        style={roomy ? { WebkitLineClamp: lines } : undefined}
        title={title === session.title ? undefined : session.title}
      >
        {inlineTime && (
          <span className="tt-time" aria-hidden="true">
            {start}–{end}{' '}
          </span>
        )}
        {title}
      </a>
      {speakers && (
        <div className="tt-speakers" aria-hidden="true">
          {session.speakers.map((s) => s.name).join(', ')}
        </div>
      )}
      {extras && (
        <div className="tt-extras">
          {pinned && (
            <span className="tt-pin" aria-hidden="true" title="Pinned">
              Pinned
            </span>
          )}
          {teamLine && (
            <span className="tt-team" aria-hidden="true">
              Team: {teamLine}
            </span>
          )}
          {recording && <WatchRecording recording={recording} className="tt-recording" tabIndex={-1} />}
          {reasons && reasons[0] && (
            <span className="tt-reason" aria-hidden="true">
              {reasons[0]}
            </span>
          )}
        </div>
      )}
      {onToggleStar && (
        <button
          type="button"
          className="tt-star"
          tabIndex={-1}
          aria-label={starLabel}
          aria-pressed={status !== null}
          title={starLabel}
          onClick={(event) => {
            event.stopPropagation();
            onToggleStar(session);
          }}
        >
          <span aria-hidden="true">{status === null ? '☆' : '★'}</span>
        </button>
      )}
    </article>
  );
});

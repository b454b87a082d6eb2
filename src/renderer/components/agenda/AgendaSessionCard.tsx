// One starred session in the agenda: time, title, room, change/removal marks, star and personal note.
import { useState } from 'react';
import type { SessionView } from '../../../shared/types';
import { changeSummary } from '../../agenda-format';
import { timeRange } from '../../format';
import { useStores } from '../../stores/context';
import { routeHref } from '../../routes';
import { ExportIcsButton } from '../ExportIcsButton';
import { SpeakerLinks } from '../SpeakerLinks';
import { StarButton } from '../StarButton';
import { PinButton } from '../PinButton';
import { TeamGoing } from '../TeamGoing';
import { WatchRecording } from '../WatchRecording';
import { usePinned, useRecordingsOf } from '../../hooks/usePlanning';
import { errorMessage } from '../../../shared/errors';

export function NoteEditor({ session }: { session: SessionView }) {
  const { agenda } = useStores();
  const [draft, setDraft] = useState(session.note ?? '');
  const [state, setState] = useState<'idle' | 'saved' | string>('idle');
  const save = () => {
    if (draft.trim() === (session.note ?? '')) return;
    agenda.setNote(session.sessionKey, draft.trim() === '' ? null : draft).then(
      () => setState('saved'),
      (error: unknown) => setState(errorMessage(error)),
    );
  };
  return (
    <div className="note-editor">
      <textarea
        aria-label={`My note on “${session.title}”`}
        placeholder="My note…"
        // Grows with its text (field-sizing where the engine has it, the line count otherwise).
        rows={Math.min(12, Math.max(2, draft.split('\n').length))}
        value={draft}
        maxLength={10_000}
        onChange={(event) => {
          setDraft(event.target.value);
          setState('idle');
        }}
        onBlur={save}
      />
      {/* A printed page cannot scroll a text box: the note is printed whole as text. */}
      {draft.trim() !== '' && (
        <p className="print-only note-print" aria-hidden="true">
          Note: {draft}
        </p>
      )}
      {state === 'saved' && <span className="note-state">Saved</span>}
      {state !== 'idle' && state !== 'saved' && (
        <span role="alert" className="note-state error">
          {state}
        </span>
      )}
    </div>
  );
}

export function AgendaSessionCard({ session, conflict }: { session: SessionView; conflict: boolean }) {
  const changed = changeSummary(session);
  const removed = session.status === 'removed';
  const recordings = useRecordingsOf(session.sessionKey);
  const pinned = usePinned(session.sessionKey);
  return (
    <article
      className={`agenda-card${removed ? ' removed' : ''}${conflict ? ' in-conflict' : ''}${session.agenda === 'maybe' ? ' maybe' : ''}`}
      data-session-key={session.sessionKey}
      aria-label={session.title}
    >
      <header className="agenda-card-head">
        <span className="agenda-time">{timeRange(session) ?? 'Time TBA'}</span>
        <span className="agenda-card-actions">
          {session.date && (
            <ExportIcsButton
              scope={{ kind: 'session', sessionKey: session.sessionKey }}
              label=".ics"
              compact
              title={`Export “${session.title}” as .ics`}
            />
          )}
          <PinButton session={session} compact />
          <StarButton session={session} compact />
        </span>
      </header>
      <h3 className="agenda-title">
        <a href={routeHref({ screen: 'session', sessionKey: session.sessionKey })}>{session.title}</a>
      </h3>
      {session.speakers.length > 0 && (
        <p className="session-speakers">
          <SpeakerLinks speakers={session.speakers} />
        </p>
      )}
      <p className="session-meta">
        {session.room && <span className="room">{session.room}</span>}
        {session.track && <span className="track-name">{session.track}</span>}
      </p>
      <p className="agenda-marks">
        {pinned && <span className="chip mark-pinned">Pinned</span>}
        {session.agenda === 'maybe' && <span className="chip mark-maybe">Maybe</span>}
        {removed && <span className="chip mark-removed">Removed from the schedule</span>}
        {changed && <span className="chip mark-changed">Changed: {changed}</span>}
      </p>
      <TeamGoing sessionKey={session.sessionKey} />
      {recordings.map((r) => (
        <p key={r.videoId} className="watch-recording">
          <WatchRecording recording={r} />
        </p>
      ))}
      <NoteEditor session={session} />
    </article>
  );
}

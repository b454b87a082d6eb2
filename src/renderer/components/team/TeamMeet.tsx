// Meet: the stretches of each day when you and every colleague are free.
import { useState } from 'react';
import { errorMessage } from '../../../shared/errors';
import type { MeetSlot } from '../../../shared/planning-types';
import { api } from '../../api';
import { clockTime, dayHeading, zoneLabel } from '../../format';

/** `timeZone`: the event's, which the slots (instants) are shown in, like every time in the app. */
export function TeamMeet({ timeZone }: { timeZone: string | null }) {
  const [minutes, setMinutes] = useState(30);
  const [slots, setSlots] = useState<MeetSlot[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const find = () => {
    setError(null);
    api.getMeetSlots({ minMinutes: minutes }).then(setSlots, (e: unknown) => setError(errorMessage(e)));
  };
  return (
    <section aria-labelledby="meet-heading">
      <h2 id="meet-heading">Meet</h2>
      <p className="muted">Slots during the event when you and every colleague are free.</p>
      <label>
        At least{' '}
        <input
          type="number"
          min={5}
          max={600}
          step={5}
          value={minutes}
          onChange={(e) => setMinutes(Math.max(5, Math.min(600, Number(e.target.value) || 30)))}
        />{' '}
        minutes
      </label>{' '}
      <button type="button" className="button" onClick={find}>
        Find free slots
      </button>
      {error && (
        <p className="banner error" role="alert">
          {error}
        </p>
      )}
      {slots &&
        (slots.length === 0 ? (
          <p role="status">No slot of {minutes} minutes when everyone is free.</p>
        ) : (
          <ul className="meet-list" aria-label="Free slots">
            {slots.map((slot) => (
              <li key={`${slot.date}-${slot.start}`}>
                {dayHeading(slot.date)}, {clockTime(slot.start, timeZone)}–{clockTime(slot.end, timeZone)}{' '}
                {zoneLabel(timeZone)} <span className="muted">({slot.minutes} min)</span>
              </li>
            ))}
          </ul>
        ))}
    </section>
  );
}

// Export a whole track or a whole event (.ics, frab XML, c3voc JSON or CSV), picked from what the catalogue holds.
import { useMemo, useState } from 'react';
import type { IcsExportScope } from '../../../shared/agenda-types';
import type { SessionView } from '../../../shared/types';
import { ExportIcsButton } from '../ExportIcsButton';

function names(values: (string | null)[]): string[] {
  return [...new Set(values.filter((v): v is string => v !== null))].sort((a, b) => a.localeCompare(b));
}

const INCLUDE_BREAKS = 'Include breaks and registration';

/** `sessions` are those of the event in focus (`event`, null for all events), so a track is that event's. */
export function ExportCollectionPanel({ sessions, event }: { sessions: SessionView[]; event: string | null }) {
  const events = useMemo(() => names(sessions.map((s) => s.event)), [sessions]);
  const tracks = useMemo(() => names(sessions.map((s) => s.track)), [sessions]);
  const [choice, setChoice] = useState('');
  // A whole event leaves breaks and registration out unless asked (and says how many it left out).
  const [withBreaks, setWithBreaks] = useState(false);
  const isEvent = choice.startsWith('event:');
  const scope: IcsExportScope | null = isEvent
    ? { kind: 'event', event: choice.slice(6), includeNonSessions: withBreaks }
    : choice.startsWith('track:')
      ? { kind: 'track', track: choice.slice(6), ...(event ? { event } : {}) }
      : null;
  if (events.length === 0 && tracks.length === 0) return null;
  return (
    <div className="export-collection">
      <label>
        Export a whole
        <select
          value={choice}
          onChange={(event) => setChoice(event.target.value)}
          aria-label="Track or event to export"
        >
          <option value="">event or track…</option>
          {events.length > 0 && (
            <optgroup label="Events">
              {events.map((name) => (
                <option key={name} value={`event:${name}`}>
                  {name}
                </option>
              ))}
            </optgroup>
          )}
          {tracks.length > 0 && (
            <optgroup label="Tracks">
              {tracks.map((name) => (
                <option key={name} value={`track:${name}`}>
                  {name}
                </option>
              ))}
            </optgroup>
          )}
        </select>
      </label>
      {isEvent && (
        <label className="export-breaks">
          <input type="checkbox" checked={withBreaks} onChange={(event) => setWithBreaks(event.target.checked)} />{' '}
          {INCLUDE_BREAKS}
        </label>
      )}
      <ExportIcsButton
        scope={scope ?? { kind: 'sessions', sessionKeys: ['none'] }}
        label="Export"
        chooseFormat
        disabled={scope === null}
        leftOutHint={`Tick “${INCLUDE_BREAKS}” to include them.`}
      />
    </div>
  );
}

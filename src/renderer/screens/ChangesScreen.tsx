// The Changes view: what the last import changed, per session, starred sessions first.
import { TZDate } from '@date-fns/tz';
import { format } from 'date-fns';
import { useEffect } from 'react';
import type { ChangeKind, SessionChangeEntry } from '../../shared/types';
import { countsSentence } from '../../shared/summary-text';
import { useStore } from '../stores/use-store';
import { useStores } from '../stores/context';
import { ScreenHeading } from '../components/ScreenHeading';

const LABELS: Record<ChangeKind, string> = {
  new: 'New',
  removed: 'Removed',
  cancelled: 'Cancelled',
  title: 'Renamed',
  time: 'Time changed',
  day: 'Day changed',
  room: 'Room changed',
  speakers: 'Speakers changed',
  track: 'Track changed',
  kind: 'Kind changed',
};

/** Times read "Tue 24 Mar, 15:15" in the event's zone; other values as stored. */
function shown(change: ChangeKind, value: string | null, zone: string | null): string {
  if (!value) return '—';
  if (change !== 'time' || Number.isNaN(Date.parse(value))) return value;
  return format(new TZDate(new Date(value), zone ?? 'UTC'), 'EEE d MMM, HH:mm');
}

function Entry({ entry }: { entry: SessionChangeEntry }) {
  return (
    <li className={`change-entry${entry.agenda ? ' starred' : ''}`} data-session-key={entry.sessionKey}>
      <h2>
        {entry.agenda && (
          <span className="star" aria-label="In your agenda" title="In your agenda">
            ★{' '}
          </span>
        )}
        {entry.title}
      </h2>
      <ul className="change-list">
        {entry.changes.map((c, i) => (
          <li key={i}>
            <span className={`chip change-${c.change}`}>{LABELS[c.change]}</span>
            {c.change !== 'new' && c.change !== 'removed' && c.change !== 'cancelled' && (
              <span className="change-values">
                {' '}
                <del>{shown(c.change, c.oldValue, entry.timeZone)}</del> →{' '}
                <ins>{shown(c.change, c.newValue, entry.timeZone)}</ins>
              </span>
            )}
          </li>
        ))}
      </ul>
    </li>
  );
}

export function ChangesScreen() {
  const { changes: store } = useStores();
  const { changes } = useStore(store);
  useEffect(() => {
    void store.load();
  }, [store]);

  if (changes === undefined) return <div className="empty">Loading changes…</div>;
  if (changes === null)
    return (
      <div className="empty">No import has changed anything yet. Drop a schedule file on the window to import it.</div>
    );
  const { counts } = changes;
  return (
    <div className="changes">
      <header className="changes-header">
        <ScreenHeading>Changes</ScreenHeading>
        <p role="status">
          {changes.source ?? 'Import'}: {countsSentence(counts)}
        </p>
      </header>
      <ul className="change-entries">
        {changes.entries.map((entry) => (
          <Entry key={entry.sessionKey} entry={entry} />
        ))}
      </ul>
    </div>
  );
}

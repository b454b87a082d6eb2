// The Changes view: what the last import changed, per session, starred sessions first.
import { TZDate } from '@date-fns/tz';
import { format } from 'date-fns';
import { useEffect, useState } from 'react';
import { errorMessage } from '../../shared/errors';
import type { ChangeKind, SessionChangeEntry, UndoPlan } from '../../shared/types';
import { countsSentence, plural } from '../../shared/summary-text';
import type { ChangesStore } from '../stores/changes-store';
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

/** When an import or a backup was made, in the viewer's zone: "Tue 24 Mar, 15:15". */
function at(iso: string): string {
  return format(new Date(iso), 'EEE d MMM, HH:mm');
}

/** "Undo this import": what restoring the backup taken before it takes back, then the second click. */
function UndoImport({
  store,
  importId,
  onUndone,
}: {
  store: ChangesStore;
  importId: number;
  onUndone: (message: string) => void;
}) {
  const [plan, setPlan] = useState<UndoPlan | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const ask = () => {
    setError(null);
    store.planUndo(importId).then(setPlan, (caught: unknown) => setError(errorMessage(caught)));
  };
  const undo = () => {
    setBusy(true);
    store.undo(importId).then(
      (undone) => {
        setBusy(false);
        setPlan(null);
        onUndone(`Undone: ${undone.map((i) => `${i.source} (${at(i.finishedAt)})`).join(', ')}.`);
      },
      (caught: unknown) => {
        setBusy(false);
        setError(errorMessage(caught));
      },
    );
  };
  const later = plan ? plan.undoes.filter((i) => i.importId !== importId) : [];
  return (
    <div className="undo-import">
      {!plan && (
        <button type="button" onClick={ask}>
          Undo this import
        </button>
      )}
      {error && (
        <p className="banner error" role="alert">
          {error}
        </p>
      )}
      {plan && (
        <div className="banner warning" role="group" aria-labelledby="undo-heading">
          <h3 id="undo-heading">Undo this import?</h3>
          <p>
            This puts back the automatic backup taken {at(plan.backup.createdAt)}, just before the import of{' '}
            {plan.target.source}.
          </p>
          {later.length > 0 && (
            <p>
              It also takes back {plural(later.length, 'later import')}:{' '}
              {later.map((i) => `${i.source} (${at(i.finishedAt)})`).join(', ')}.
            </p>
          )}
          {plan.planChanges > 0 && (
            <p>It also takes back the star or note of {plural(plan.planChanges, 'session')}, changed since then.</p>
          )}
          <div className="dialog-actions">
            <button type="button" onClick={() => setPlan(null)} disabled={busy}>
              Keep the import
            </button>
            <button type="button" className="primary danger" onClick={undo} disabled={busy}>
              {busy ? 'Undoing…' : 'Undo import'}
            </button>
          </div>
        </div>
      )}
    </div>
  );
}

export function ChangesScreen() {
  const { changes: store } = useStores();
  const { changes } = useStore(store);
  const [undoneMessage, setUndoneMessage] = useState<string | null>(null);
  useEffect(() => {
    void store.load();
  }, [store]);

  const note = undoneMessage && (
    <p className="undo-message" role="status">
      {undoneMessage}
    </p>
  );
  if (changes === undefined) return <div className="empty">Loading changes…</div>;
  if (changes === null)
    return (
      <>
        {note}
        <div className="empty">
          No import has changed anything yet. Drop a schedule file on the window to import it.
        </div>
      </>
    );
  const { counts } = changes;
  return (
    <div className="changes">
      <header className="changes-header">
        <ScreenHeading>Changes</ScreenHeading>
        <p role="status">
          {changes.source ?? 'Import'}: {countsSentence(counts)}
        </p>
        {note}
        <UndoImport key={changes.importId} store={store} importId={changes.importId} onUndone={setUndoneMessage} />
      </header>
      <ul className="change-entries">
        {changes.entries.map((entry) => (
          <Entry key={entry.sessionKey} entry={entry} />
        ))}
      </ul>
    </div>
  );
}

// The Changes view: what an import changed (the last by default, or one of the history), per session with
// a link to it and old → new values, starred sessions first.
import { format } from 'date-fns';
import { useEffect, useState } from 'react';
import { errorMessage } from '../../shared/errors';
import type { ImportHistoryEntry, SessionChangeEntry, UndoPlan } from '../../shared/types';
import { countsSentence, plural } from '../../shared/summary-text';
import type { ChangesStore } from '../stores/changes-store';
import { useStore } from '../stores/use-store';
import { useStores } from '../stores/context';
import { ScreenHeading } from '../components/ScreenHeading';
import { ChangeList, whereNow } from '../components/ChangeValues';
import { routeHref } from '../routes';

function Entry({ entry }: { entry: SessionChangeEntry }) {
  const gone = entry.status === 'removed';
  return (
    <li className={`change-entry${entry.agenda ? ' starred' : ''}`} data-session-key={entry.sessionKey}>
      <h3>
        {entry.agenda && (
          <span className="star" role="img" aria-label="In your agenda" title="In your agenda">
            ★{' '}
          </span>
        )}
        <a href={routeHref({ screen: 'session', sessionKey: entry.sessionKey })}>{entry.title}</a>
      </h3>
      <p className="change-where">{gone ? 'No longer in the schedule' : `Now: ${whereNow(entry)}`}</p>
      <ChangeList entry={entry} />
    </li>
  );
}

/** New sessions are listed on request: a first import makes hundreds, and none needs acting on. */
function NewSessions({ entries }: { entries: SessionChangeEntry[] }) {
  // A handful is shown at once; a whole new schedule waits for the button.
  const [open, setOpen] = useState(entries.length <= 20);
  return (
    <section aria-labelledby="changes-new">
      <h2 id="changes-new">New sessions ({entries.length})</h2>
      {entries.length > 20 && (
        <button type="button" className="button" aria-expanded={open} onClick={() => setOpen(!open)}>
          {open ? 'Hide them' : `Show ${plural(entries.length, 'new session')}`}
        </button>
      )}
      {open && (
        <ul className="change-entries">
          {entries.map((entry) => (
            <Entry key={entry.sessionKey} entry={entry} />
          ))}
        </ul>
      )}
    </section>
  );
}

/** "Tue 24 Mar, 15:15 · KubeCon … · 3 changed, 1 starred" for one import of the history. */
function historyLabel(entry: ImportHistoryEntry): string {
  const parts = [
    entry.changedSessions > 0 ? `${entry.changedSessions} changed` : null,
    entry.newSessions > 0 ? `${entry.newSessions} new` : null,
    entry.starredChanged > 0 ? `${entry.starredChanged} starred` : null,
  ].filter(Boolean);
  return `${at(entry.finishedAt)} · ${entry.source}${parts.length > 0 ? ` · ${parts.join(', ')}` : ''}`;
}

function History({ store, history, shown }: { store: ChangesStore; history: ImportHistoryEntry[]; shown: number }) {
  if (history.length < 2) return null;
  return (
    <nav className="import-history" aria-label="Import history">
      <h2>Imports</h2>
      <ol>
        {history.map((entry) => (
          <li key={entry.importId}>
            <button
              type="button"
              className="button"
              aria-current={entry.importId === shown ? 'true' : undefined}
              onClick={() => void store.choose(entry.importId === history[0]!.importId ? null : entry.importId)}
            >
              {historyLabel(entry)}
            </button>
          </li>
        ))}
      </ol>
    </nav>
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
  const { changes, history } = useStore(store);
  const [undoneMessage, setUndoneMessage] = useState<string | null>(null);
  useEffect(() => {
    void store.load();
  }, [store]);
  // Seeing the view clears the sidebar's badge, once the history it counts is in.
  useEffect(() => store.markSeen(), [store, history]);

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
  // Starred sessions come first (main sorts them so): a change to a talk you planned to see matters most.
  const starred = changes.entries.filter((e) => e.agenda !== null);
  const isNew = (e: SessionChangeEntry) => e.changes.every((c) => c.change === 'new');
  const others = changes.entries.filter((e) => e.agenda === null && !isNew(e));
  const added = changes.entries.filter((e) => e.agenda === null && isNew(e));
  return (
    <div className="changes">
      <header className="changes-header">
        <ScreenHeading>Changes</ScreenHeading>
        <p role="status">
          {changes.source ?? 'Import'} ({at(changes.finishedAt)}): {countsSentence(counts)}
        </p>
        {note}
        <UndoImport key={changes.importId} store={store} importId={changes.importId} onUndone={setUndoneMessage} />
      </header>
      <History store={store} history={history} shown={changes.importId} />
      {starred.length > 0 && (
        <section aria-labelledby="changes-starred">
          <h2 id="changes-starred">In your agenda ({starred.length})</h2>
          <ul className="change-entries">
            {starred.map((entry) => (
              <Entry key={entry.sessionKey} entry={entry} />
            ))}
          </ul>
        </section>
      )}
      {others.length > 0 && (
        <section aria-labelledby="changes-others">
          <h2 id="changes-others">{starred.length > 0 ? `Other sessions (${others.length})` : 'Changed sessions'}</h2>
          <ul className="change-entries">
            {others.map((entry) => (
              <Entry key={entry.sessionKey} entry={entry} />
            ))}
          </ul>
        </section>
      )}
      {added.length > 0 && <NewSessions key={changes.importId} entries={added} />}
    </div>
  );
}

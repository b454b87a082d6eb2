// The team: colleagues' agendas (.ics) as named overlays beside your own stars (add, list, remove with
// a question first and Undo after), coverage and meeting slots, and your agenda shared for a colleague.
import { useState, type FormEvent } from 'react';
import { errorMessage } from '../../shared/errors';
import type { SessionView } from '../../shared/types';
import { ScreenHeading } from '../components/ScreenHeading';
import { ShareAgenda } from '../components/team/ShareAgenda';
import { TeamCoverage } from '../components/team/TeamCoverage';
import { TeamMeet } from '../components/team/TeamMeet';
import { useStore } from '../stores/use-store';
import { useStores } from '../stores/context';

function AddColleague() {
  const { planning } = useStores();
  const [name, setName] = useState('');
  const [file, setFile] = useState<File | null>(null);
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<{ text: string; error: boolean } | null>(null);
  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = event.currentTarget;
    if (!file || name.trim() === '') return;
    setBusy(true);
    setMessage(null);
    try {
      // Read in the page: no path leaves the window.
      const result = await planning.addMember(name.trim(), { name: file.name, text: await file.text() });
      const missing = result.unmatched.length;
      setMessage({
        text: `${result.member.name}: ${result.matched} sessions of ${file.name} matched${
          missing > 0 ? `, ${missing} not in the catalogue` : ''
        }.`,
        error: false,
      });
      setName('');
      setFile(null);
      form.reset();
    } catch (caught) {
      setMessage({ text: errorMessage(caught), error: true });
    } finally {
      setBusy(false);
    }
  };
  return (
    <form className="team-add" onSubmit={(event) => void onSubmit(event)} aria-labelledby="team-add-heading">
      <h2 id="team-add-heading">Add a colleague’s agenda</h2>
      <p className="muted">
        An .ics file kubeplan exported, or any calendar of sessions (a Sched “My schedule” export). It stays beside your
        stars, never mixed with them; adding the same name again replaces their agenda.
      </p>
      <label>
        Name <input value={name} onChange={(e) => setName(e.target.value)} maxLength={80} required placeholder="Ana" />
      </label>{' '}
      <label>
        Calendar file{' '}
        <input
          type="file"
          accept=".ics,text/calendar"
          required
          onChange={(e) => setFile(e.target.files?.[0] ?? null)}
        />
      </label>{' '}
      <button type="submit" className="button primary" disabled={busy || !file || name.trim() === ''}>
        {busy ? 'Adding…' : 'Add colleague'}
      </button>
      <p role="status" className={message?.error ? 'banner error' : 'team-message'}>
        {message?.text}
      </p>
    </form>
  );
}

function Members() {
  const { planning } = useStores();
  const { team, lastRemoved } = useStore(planning);
  const [asking, setAsking] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const run = (action: () => Promise<void>) => {
    setError(null);
    action().catch((caught: unknown) => setError(errorMessage(caught)));
  };
  return (
    <section aria-labelledby="team-members-heading">
      <h2 id="team-members-heading">Colleagues</h2>
      {lastRemoved && (
        <div className="undo-bar" role="status">
          Removed {lastRemoved.member.name}’s agenda ({lastRemoved.entries.length} sessions).{' '}
          <button type="button" className="button compact" onClick={() => run(() => planning.undoRemove())}>
            Undo
          </button>
        </div>
      )}
      {error && (
        <p className="banner error" role="alert">
          {error}
        </p>
      )}
      {team.length === 0 ? (
        <p className="muted">No colleagues yet.</p>
      ) : (
        <ul className="team-list" aria-label="Colleagues">
          {team.map((m) => (
            <li key={m.id} aria-label={m.name}>
              <strong>{m.name}</strong>{' '}
              <span className="muted">
                {m.sessionCount} sessions, added {new Date(m.importedAt).toLocaleString()}
              </span>{' '}
              {asking === m.name ? (
                <span role="group" aria-label={`Remove ${m.name}?`} className="team-confirm">
                  Remove {m.name}’s agenda?{' '}
                  <button
                    type="button"
                    className="button compact danger"
                    onClick={() => {
                      setAsking(null);
                      run(() => planning.removeMember(m.name));
                    }}
                  >
                    Remove
                  </button>{' '}
                  <button type="button" className="button compact" onClick={() => setAsking(null)}>
                    Keep
                  </button>
                </span>
              ) : (
                <button type="button" className="button compact" onClick={() => setAsking(m.name)}>
                  Remove…
                </button>
              )}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

export function TeamScreen({ sessions }: { sessions: SessionView[] }) {
  return (
    <div className="page team-page">
      <header className="toolbar">
        <ScreenHeading>Team</ScreenHeading>
      </header>
      <Members />
      <AddColleague />
      <TeamCoverage sessions={sessions} />
      <TeamMeet timeZone={sessions.find((s) => s.start)?.timeZone ?? null} />
      <ShareAgenda />
    </div>
  );
}

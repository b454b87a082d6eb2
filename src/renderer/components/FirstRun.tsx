// The first-run guide: while only the bundled example feed is in the catalogue, two lines say what
// kubeplan is for and offer the ways to bring in one's own event.
import { usePersistentState } from '../hooks/usePersistentState';
import { routeHref } from '../routes';

const HIDDEN_KEY = 'kubeplan.firstRunHidden.v1';

export function FirstRun({ exampleEvent, onImportFile }: { exampleEvent: string | null; onImportFile: () => void }) {
  const [hidden, setHidden] = usePersistentState<boolean>(HIDDEN_KEY, false, (raw) =>
    typeof raw === 'boolean' ? raw : null,
  );
  if (hidden) return null;
  return (
    <section className="first-run" aria-labelledby="first-run-heading">
      <h2 id="first-run-heading">Bring in your conference</h2>
      <p>
        kubeplan keeps a conference’s sessions on this computer: search them, star the ones you want and plan your days
        around clashes, offline.
      </p>
      <p>
        What you see now is an example event{exampleEvent ? ` (${exampleEvent}, from a community blog)` : ''}. Add your
        own:
      </p>
      <div className="first-run-actions">
        <button type="button" className="button primary" onClick={onImportFile}>
          Import a schedule file…
        </button>
        <a className="button" href={routeHref({ screen: 'sources' })}>
          Subscribe to a schedule URL
        </a>
        <a className="button" href={routeHref({ screen: 'sources' })}>
          Add a blog feed
        </a>
        <button type="button" className="button" onClick={() => setHidden(true)}>
          Hide this guide
        </button>
      </div>
      <p className="first-run-hint">
        A schedule file is what the event’s site exports: Sched’s <code>all.ics</code>, Sessionize JSON, a frab/pretalx{' '}
        <code>schedule.xml</code> or a CSV. You can also drop it on this window.
      </p>
    </section>
  );
}

// The proposed conflict-free plan as a diff of the agenda (kept, dropped with the reason, added with
// why), shown before anything changes; Apply changes exactly what is shown.
import type { PlanProposal } from '../../shared/planning-types';
import { dayHeading, timeRange } from '../format';
import { Dialog } from './Dialog';

interface Props {
  proposal: PlanProposal;
  applying: boolean;
  onApply: () => void;
  onCancel: () => void;
}

export function ResolveConflictsDialog({ proposal, applying, onApply, onCancel }: Props) {
  const changes = proposal.droppedCount + proposal.addedCount;
  return (
    <Dialog labelledBy="resolve-title" onClose={onCancel} className="resolve-dialog">
      <h2 id="resolve-title">Proposed plan</h2>
      <p role="status">
        {changes === 0
          ? 'Your agenda has no conflicts and no free time to fill.'
          : `${proposal.droppedCount} to drop, ${proposal.addedCount} to add (${proposal.hallMinutes} min to walk between halls).`}
      </p>
      <div className="plan-diff">
        {proposal.days.map((day) => (
          <section key={day.date} aria-label={dayHeading(day.date)}>
            <h3>{dayHeading(day.date)}</h3>
            <ul>
              {day.kept.map((s) => (
                <li key={s.sessionKey} className="diff-kept">
                  <span className="diff-mark" aria-label="kept">
                    =
                  </span>{' '}
                  {timeRange(s)} {s.title}
                </li>
              ))}
              {day.dropped.map((d) => (
                <li key={d.session.sessionKey} className="diff-dropped">
                  <span className="diff-mark" aria-label="dropped">
                    −
                  </span>{' '}
                  <del>
                    {timeRange(d.session)} {d.session.title}
                  </del>{' '}
                  <span className="muted">{d.reason}</span>
                </li>
              ))}
              {day.added.map((r) => (
                <li key={r.session.sessionKey} className="diff-added">
                  <span className="diff-mark" aria-label="added">
                    +
                  </span>{' '}
                  <ins>
                    {timeRange(r.session)} {r.session.title}
                  </ins>{' '}
                  <span className="muted">{r.reasons.join(' · ')}</span>
                </li>
              ))}
            </ul>
          </section>
        ))}
      </div>
      <footer className="dialog-actions">
        <button type="button" className="button" onClick={onCancel}>
          Cancel
        </button>
        <button type="button" className="button primary" disabled={changes === 0 || applying} onClick={onApply}>
          Apply
        </button>
      </footer>
    </Dialog>
  );
}

// Plan for me: resolve conflicts (a diff first, undo after), For you, and Missed (sessions that are
// over, recorded ones first, with Watch recording).
import { useEffect, useState } from 'react';
import { errorMessage } from '../../shared/errors';
import type { MissedSession, PlanApplication, PlanProposal, Recommendation } from '../../shared/planning-types';
import { api } from '../api';
import { RecommendationList } from '../components/RecommendationList';
import { WatchRecording } from '../components/WatchRecording';
import { ResolveConflictsDialog } from '../components/ResolveConflictsDialog';
import { shortDay, timeRange } from '../format';
import { routeHref } from '../routes';
import { useStores } from '../stores/context';

export function PlanScreen() {
  const stores = useStores();
  const [proposal, setProposal] = useState<PlanProposal | null>(null);
  const [applying, setApplying] = useState(false);
  const [applied, setApplied] = useState<PlanApplication | null>(null);
  const [forYou, setForYou] = useState<Recommendation[]>([]);
  const [missed, setMissed] = useState<MissedSession[]>([]);
  const [error, setError] = useState<string | null>(null);

  // Bumped after the agenda changed, so For you and Missed are read again.
  const [version, setVersion] = useState(0);
  useEffect(() => {
    let current = true;
    Promise.all([api.forYou({ limit: 10 }), api.listMissed()]).then(
      ([recommended, over]) => {
        if (!current) return;
        setForYou(recommended);
        setMissed(over);
      },
      (e: unknown) => current && setError(errorMessage(e)),
    );
    return () => {
      current = false;
    };
  }, [version]);

  const reloadAll = async () => {
    await Promise.all([stores.catalogue.load(), stores.agenda.forgetLocal()]);
    setVersion((v) => v + 1);
  };
  const propose = () => {
    setError(null);
    api.proposePlan().then(setProposal, (e: unknown) => setError(errorMessage(e)));
  };
  const apply = async () => {
    if (!proposal) return;
    setApplying(true);
    try {
      const drop = proposal.days.flatMap((d) => d.dropped.map((x) => x.session.sessionKey));
      const add = proposal.days.flatMap((d) => d.added.map((x) => x.session.sessionKey));
      setApplied(await api.applyPlan({ drop, add }));
      setProposal(null);
      await reloadAll();
    } catch (e) {
      setError(errorMessage(e));
    } finally {
      setApplying(false);
    }
  };
  const undo = async () => {
    try {
      await api.undoPlan();
      setApplied(null);
      await reloadAll();
    } catch (e) {
      setError(errorMessage(e));
    }
  };

  return (
    <div className="page plan-page">
      <header className="toolbar">
        <h1 className="screen-title">Plan for me</h1>
        <div className="agenda-actions">
          <button type="button" className="button primary" onClick={propose}>
            Resolve conflicts
          </button>
          <a className="button" href={routeHref({ screen: 'agenda' })}>
            Agenda to print
          </a>
        </div>
      </header>
      {error && (
        <p className="banner error" role="alert">
          {error}
        </p>
      )}
      {applied && (
        <div className="undo-bar" role="status">
          Plan applied: {applied.dropped} dropped, {applied.added} added.{' '}
          <button type="button" className="button compact" onClick={() => void undo()}>
            Undo
          </button>
        </div>
      )}
      <section aria-labelledby="for-you-heading">
        <h2 id="for-you-heading">For you</h2>
        {forYou.length === 0 ? (
          <p className="muted">Star a few sessions and kubeplan suggests more like them.</p>
        ) : (
          <RecommendationList items={forYou} />
        )}
      </section>
      <section aria-labelledby="missed-heading">
        <h2 id="missed-heading">Missed</h2>
        {missed.length === 0 ? (
          <p className="muted">No starred session is over yet.</p>
        ) : (
          <ul className="similar-list">
            {missed.map((m) => (
              <li key={m.session.sessionKey}>
                <a href={routeHref({ screen: 'session', sessionKey: m.session.sessionKey })}>{m.session.title}</a>{' '}
                <span className="muted">
                  {shortDay(m.session.date)} {timeRange(m.session) ?? ''}
                </span>{' '}
                {m.recordings.map((r) => (
                  <WatchRecording key={r.videoId} recording={r} />
                ))}
              </li>
            ))}
          </ul>
        )}
      </section>
      {proposal && (
        <ResolveConflictsDialog
          proposal={proposal}
          applying={applying}
          onApply={() => void apply()}
          onCancel={() => setProposal(null)}
        />
      )}
    </div>
  );
}

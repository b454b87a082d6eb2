// Share my agenda with a colleague: one .ics with stars and going/maybe, and only the notes you choose
// (none unless you say so). A colleague adds it as your overlay in their Team screen.
import { useEffect, useMemo, useState } from 'react';
import { errorMessage } from '../../../shared/errors';
import { plural } from '../../../shared/summary-text';
import type { SessionView } from '../../../shared/types';
import { api } from '../../api';
import { useStore } from '../../stores/use-store';
import { useStores } from '../../stores/context';

type NotesChoice = 'none' | 'all' | 'chosen';

export function ShareAgenda() {
  const { agenda } = useStores();
  const plan = useStore(agenda, (s) => s.plan);
  useEffect(() => {
    if (!plan) void agenda.loadPlan();
  }, [plan, agenda]);
  // Starred sessions with a note, as the agenda holds them now.
  const noted = useMemo<SessionView[]>(() => {
    if (!plan) return [];
    const all = [
      ...plan.days.flatMap((d) => [...d.blocks.flatMap((b) => b.sessions), ...d.untimed]),
      ...plan.unscheduled,
    ];
    return [...new Map(all.filter((s) => s.note).map((s) => [s.sessionKey, s])).values()];
  }, [plan]);
  const [includeMaybe, setIncludeMaybe] = useState(true);
  const [notes, setNotes] = useState<NotesChoice>('none');
  const [chosen, setChosen] = useState<string[]>([]);
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<{ text: string; error: boolean } | null>(null);
  const save = async () => {
    setBusy(true);
    setMessage(null);
    try {
      const shareNotes = notes === 'chosen' ? chosen : notes;
      const saved = await api.saveForColleague({ shareNotes, includeMaybe });
      setMessage(
        saved === null
          ? { text: 'Export cancelled.', error: false }
          : { text: `Saved ${plural(saved.eventCount, 'session')} to ${saved.path}.`, error: false },
      );
    } catch (caught) {
      setMessage({ text: errorMessage(caught), error: true });
    } finally {
      setBusy(false);
    }
  };
  return (
    <section aria-labelledby="share-heading">
      <h2 id="share-heading">Share my agenda</h2>
      <p className="muted">One .ics with your stars (going and maybe) that a colleague adds in their Team screen.</p>
      <label className="facet-value">
        <input type="checkbox" checked={includeMaybe} onChange={(e) => setIncludeMaybe(e.target.checked)} />
        <span className="facet-name">Include maybe</span>
      </label>
      <fieldset className="share-notes">
        <legend>Notes</legend>
        {(
          [
            ['none', 'Keep my notes private'],
            ['all', 'Share all my notes'],
            ['chosen', 'Share the notes I choose'],
          ] as const
        ).map(([value, label]) => (
          <label key={value} className="facet-value">
            <input type="radio" name="share-notes" checked={notes === value} onChange={() => setNotes(value)} />
            <span className="facet-name">{label}</span>
          </label>
        ))}
        {notes === 'chosen' &&
          (noted.length === 0 ? (
            <p className="muted">None of your sessions has a note.</p>
          ) : (
            noted.map((s) => (
              <label key={s.sessionKey} className="facet-value share-note">
                <input
                  type="checkbox"
                  checked={chosen.includes(s.sessionKey)}
                  onChange={() =>
                    setChosen((c) =>
                      c.includes(s.sessionKey) ? c.filter((k) => k !== s.sessionKey) : [...c, s.sessionKey],
                    )
                  }
                />
                <span className="facet-name">
                  {s.title}: <em>{s.note}</em>
                </span>
              </label>
            ))
          ))}
      </fieldset>
      <button type="button" className="button primary" disabled={busy} onClick={() => void save()}>
        {busy ? 'Saving…' : 'Save for a colleague…'}
      </button>
      {message && (
        <p role={message.error ? 'alert' : 'status'} className={message.error ? 'banner error' : 'team-message'}>
          {message.text}
        </p>
      )}
    </section>
  );
}

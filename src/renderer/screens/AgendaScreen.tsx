// "My agenda": starred sessions day by day, conflicts side by side, free slots with suggestions,
// sessions without a time or day apart, now/next, reminders, and .ics export and import.
import { useEffect, useState, type ReactNode } from 'react';
import type { AgendaBlock, AgendaDay, FreeSlot } from '../../shared/agenda-types';
import type { SessionView } from '../../shared/types';
import { plural, slotRange } from '../agenda-format';
import { AgendaSessionCard } from '../components/agenda/AgendaSessionCard';
import { ExportCollectionPanel } from '../components/agenda/ExportCollectionPanel';
import { ImportIcsPanel } from '../components/agenda/ImportIcsPanel';
import { NowNextPanel } from '../components/agenda/NowNextPanel';
import { ReminderSetting } from '../components/agenda/ReminderSetting';
import { ExportIcsButton } from '../components/ExportIcsButton';
import { StarButton } from '../components/StarButton';
import { dayHeading, timeRange } from '../format';
import { routeHref } from '../routes';
import { useStore } from '../stores/use-store';
import { useStores } from '../stores/context';
import { ScreenHeading } from '../components/ScreenHeading';

function zoneOf(day: AgendaDay): string | null {
  return day.blocks[0]?.sessions[0]?.timeZone ?? null;
}

function Suggestions({ slot, zone }: { slot: FreeSlot; zone: string | null }) {
  return (
    <aside className="free-slot" aria-label={`Free ${slotRange(slot.start, slot.end, zone)}`}>
      <p className="free-slot-head">
        Free {slotRange(slot.start, slot.end, zone)}
        {slot.suggestions.length > 0 ? ' — you could see:' : ''}
      </p>
      {slot.suggestions.length > 0 && (
        <ul>
          {slot.suggestions.map((s, i) => (
            <li key={s.sessionKey}>
              <span className="agenda-time">{timeRange(s)}</span>{' '}
              <a href={routeHref({ screen: 'session', sessionKey: s.sessionKey })}>{s.title}</a>
              {s.room && <span className="room"> · {s.room}</span>} <StarButton session={s} compact />
              {slot.reasons[i] && <span className="suggestion-reason">{slot.reasons[i]}</span>}
            </li>
          ))}
        </ul>
      )}
    </aside>
  );
}

/**
 * A block's sessions in start order; each group that really overlaps is one conflict, side by side. A
 * session in two conflicts (a long workshop under two talks) shows its card in the first and is
 * named in the second.
 */
function Block({ block, zone }: { block: AgendaBlock; zone: string | null }) {
  const shown = new Set<string>();
  const byKey = new Map(block.sessions.map((s) => [s.sessionKey, s]));
  const inConflict = new Set(block.conflicts.flatMap((c) => c.sessionKeys));
  const parts: ReactNode[] = [];
  let next = 0;
  for (const session of block.sessions) {
    if (shown.has(session.sessionKey)) continue;
    const conflict = block.conflicts.find((c, i) => i >= next && c.sessionKeys.includes(session.sessionKey));
    if (!conflict || !inConflict.has(session.sessionKey)) {
      shown.add(session.sessionKey);
      parts.push(<AgendaSessionCard key={session.sessionKey} session={session} conflict={false} />);
      continue;
    }
    next = block.conflicts.indexOf(conflict) + 1;
    const members = conflict.sessionKeys.map((k) => byKey.get(k)!);
    const count = members.length;
    parts.push(
      <div
        key={`conflict-${conflict.start}`}
        className="conflict"
        role="group"
        aria-label={`Conflict: ${count} sessions overlap`}
      >
        <p className="conflict-head">
          Conflict {slotRange(conflict.start, conflict.end, zone)}: {count} sessions overlap
        </p>
        <div className="conflict-columns">
          {members.map((s) =>
            shown.has(s.sessionKey) ? (
              <p key={s.sessionKey} className="conflict-also">
                and “{s.title}” (above)
              </p>
            ) : (
              <AgendaSessionCard key={s.sessionKey} session={s} conflict />
            ),
          )}
        </div>
      </div>,
    );
    for (const s of members) shown.add(s.sessionKey);
  }
  return <>{parts}</>;
}

function Day({ day }: { day: AgendaDay }) {
  const zone = zoneOf(day);
  // Free slots sit between the blocks they separate.
  const slotsByStart = new Map(day.freeSlots.map((slot) => [slot.start, slot]));
  return (
    <section className="agenda-day" aria-label={dayHeading(day.date)}>
      <h2 className="day-heading">{dayHeading(day.date)}</h2>
      {day.blocks.map((block) => {
        const slot = slotsByStart.get(block.end);
        return (
          <div key={`${block.start}-${block.sessions[0]!.sessionKey}`}>
            <Block block={block} zone={zone} />
            {slot && <Suggestions slot={slot} zone={zone} />}
          </div>
        );
      })}
      {day.untimed.length > 0 && (
        <div className="agenda-untimed">
          <h3>Time not announced yet</h3>
          {day.untimed.map((s) => (
            <AgendaSessionCard key={s.sessionKey} session={s} conflict={false} />
          ))}
        </div>
      )}
    </section>
  );
}

function Unscheduled({ sessions }: { sessions: SessionView[] }) {
  return (
    <section className="agenda-day" aria-label="Day not announced">
      <h2 className="day-heading">Day not announced</h2>
      {sessions.map((s) => (
        <AgendaSessionCard key={s.sessionKey} session={s} conflict={false} />
      ))}
    </section>
  );
}

export function AgendaScreen({ sessions }: { sessions: SessionView[] }) {
  const { agenda } = useStores();
  const { plan, planError: error, version, lastRemoved, event } = useStore(agenda);
  useEffect(() => {
    void agenda.loadPlan();
  }, [agenda]);
  const [includeMaybe, setIncludeMaybe] = useState(true);
  const summary = plan
    ? [
        plural(plan.total, 'starred session'),
        plural(plan.conflictCount, 'conflict'),
        plan.changedCount > 0 ? `${plan.changedCount} changed` : null,
        plan.removedCount > 0 ? `${plan.removedCount} removed` : null,
      ]
        .filter(Boolean)
        .join(' · ')
    : '';
  return (
    <>
      <header className="toolbar agenda-toolbar">
        <div>
          <ScreenHeading className="screen-title">My agenda</ScreenHeading>
          <p className="agenda-summary" role="status">
            {summary}
          </p>
        </div>
        <div className="agenda-actions">
          <label className="checkbox">
            <input type="checkbox" checked={includeMaybe} onChange={(event) => setIncludeMaybe(event.target.checked)} />
            Include “maybe”
          </label>
          <ExportIcsButton
            scope={{ kind: 'agenda', includeMaybe, ...(event ? { event } : {}) }}
            label="Export agenda"
            chooseFormat
            disabled={!plan || plan.total === 0}
          />
          <ImportIcsPanel />
          <ReminderSetting />
        </div>
      </header>
      {error && (
        <div className="banner error" role="alert">
          {error}
        </div>
      )}
      {lastRemoved && (
        <div className="undo-bar" role="status">
          Removed “{lastRemoved.title}” from your agenda.{' '}
          <button type="button" className="button compact" onClick={() => void agenda.undoRemove()}>
            Undo
          </button>
        </div>
      )}
      <NowNextPanel version={version} event={event} />
      <section className="agenda-more-exports" aria-label="Export more">
        <ExportCollectionPanel sessions={sessions} event={event} />
      </section>
      {plan && plan.total === 0 && (
        <div className="empty">
          Your agenda is empty. Star sessions in the catalogue with ☆; ☆ again marks them “maybe”.
        </div>
      )}
      {plan && plan.total > 0 && (
        <div className="days agenda-days">
          {plan.days.map((day) => (
            <Day key={day.date} day={day} />
          ))}
          {plan.unscheduled.length > 0 && <Unscheduled sessions={plan.unscheduled} />}
        </div>
      )}
    </>
  );
}

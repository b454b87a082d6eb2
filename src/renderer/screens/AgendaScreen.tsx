// "My agenda": starred sessions day by day, conflicts side by side, free slots with suggestions,
// sessions without a time or day apart, now/next, reminders, and .ics export and import.
import { useEffect, useState } from 'react';
import type { AgendaDay, FreeSlot } from '../../shared/agenda-types';
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
          {slot.suggestions.map((s) => (
            <li key={s.sessionKey}>
              <span className="agenda-time">{timeRange(s)}</span>{' '}
              <a href={routeHref({ screen: 'session', sessionKey: s.sessionKey })}>{s.title}</a>
              {s.room && <span className="room"> · {s.room}</span>} <StarButton session={s} compact />
            </li>
          ))}
        </ul>
      )}
    </aside>
  );
}

function Day({ day }: { day: AgendaDay }) {
  const zone = zoneOf(day);
  // Free slots sit between the blocks they separate.
  const slotsByStart = new Map(day.freeSlots.map((slot) => [slot.start, slot]));
  return (
    <section className="agenda-day" aria-label={dayHeading(day.date)}>
      <h2 className="day-heading">{dayHeading(day.date)}</h2>
      {day.blocks.map((block) => {
        const conflict = block.sessions.filter((s) => s.status === 'active').length > 1;
        const slot = slotsByStart.get(block.end);
        return (
          <div key={`${block.start}-${block.sessions[0]!.sessionKey}`}>
            {conflict ? (
              <div className="conflict" role="group" aria-label={`Conflict: ${block.sessions.length} sessions overlap`}>
                <p className="conflict-head">
                  Conflict {slotRange(block.start, block.end, zone)}: {block.sessions.length} sessions overlap
                </p>
                <div className="conflict-columns">
                  {block.sessions.map((s) => (
                    <AgendaSessionCard key={s.sessionKey} session={s} conflict />
                  ))}
                </div>
              </div>
            ) : (
              block.sessions.map((s) => <AgendaSessionCard key={s.sessionKey} session={s} conflict={false} />)
            )}
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
  const { plan, planError: error, version, lastRemoved } = useStore(agenda);
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
            scope={{ kind: 'agenda', includeMaybe }}
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
      <NowNextPanel version={version} />
      <section className="agenda-more-exports" aria-label="Export more">
        <ExportCollectionPanel sessions={sessions} />
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

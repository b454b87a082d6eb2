import { describe, expect, it } from 'vitest';
import { setStar } from '../../../../src/core/store/agenda';
import { firedInDatabase } from '../../../../src/core/agenda/fired-reminders';
import { planReminders, reminderBody, startReminderScheduler } from '../../../../src/core/agenda/reminders';
import { listSessions } from '../../../../src/core/store/read-sessions';
import type { Reminder } from '../../../../src/shared/agenda-types';
import { IDS, seedAgendaDb } from '../../../support/agenda-db';
import { tempDb } from '../../helpers';

/** A clock the test moves by hand; the interval callback runs whenever time advances past it. */
function manualClock(start: string) {
  let now = Date.parse(start);
  let tick: (() => void) | null = null;
  let cleared = false;
  return {
    clock: {
      now: () => new Date(now),
      setInterval: (fn: () => void) => {
        tick = fn;
        return 1;
      },
      clearInterval: () => {
        cleared = true;
      },
    },
    advanceTo(iso: string) {
      now = Date.parse(iso);
      tick?.();
    },
    get cleared() {
      return cleared;
    },
  };
}

describe('reminders', () => {
  it('plans one reminder per starred session N minutes before it starts', () => {
    const { db } = tempDb();
    seedAgendaDb(db);
    setStar(db, IDS.leastPrivilege, 'going');
    setStar(db, 'day-only', 'going');
    const reminders = planReminders(listSessions(db), 10, new Date('2026-03-24T08:00:00Z'));
    expect(reminders).toEqual([
      expect.objectContaining({
        sessionKey: IDS.leastPrivilege,
        at: '2026-03-24T10:05:00Z',
        startsAt: '2026-03-24T10:15:00Z',
      }),
    ]);
  });

  it('fires each reminder once when its time comes, not before, and stays quiet when off', () => {
    const { db } = tempDb();
    seedAgendaDb(db);
    setStar(db, IDS.leastPrivilege, 'going');
    let minutes: number | null = 10;
    const fired: Reminder[] = [];
    const time = manualClock('2026-03-24T09:00:00Z');
    const scheduler = startReminderScheduler({
      clock: time.clock,
      load: () => ({ sessions: listSessions(db), minutesBefore: minutes }),
      notify: (r) => fired.push(r),
    });
    time.advanceTo('2026-03-24T10:04:00Z');
    expect(fired).toEqual([]);
    time.advanceTo('2026-03-24T10:05:30Z');
    expect(fired.map((r) => r.sessionKey)).toEqual([IDS.leastPrivilege]);
    expect(reminderBody(fired[0]!, new Date('2026-03-24T10:05:30Z'))).toBe('Starts in 10 min · Hall 8 | Room F');
    time.advanceTo('2026-03-24T10:06:00Z');
    expect(fired).toHaveLength(1);
    // Starting the session does not fire a late reminder.
    time.advanceTo('2026-03-24T10:20:00Z');
    expect(fired).toHaveLength(1);

    minutes = null;
    const helm = listSessions(db).find((s) => s.title === 'Helm 4 Is Here. So, Now What?')!;
    setStar(db, helm.sessionKey, 'going');
    time.advanceTo('2026-03-24T10:55:00Z');
    expect(fired).toHaveLength(1);
    minutes = 10;
    time.advanceTo('2026-03-24T10:55:01Z');
    expect(fired.map((r) => r.title)).toEqual([fired[0]!.title, 'Helm 4 Is Here. So, Now What?']);
    scheduler.stop();
    expect(time.cleared).toBe(true);
  });

  it('does not show a reminder again after a restart inside its lead time, but does for a moved session', () => {
    const { db } = tempDb();
    seedAgendaDb(db);
    setStar(db, IDS.leastPrivilege, 'going');
    const run = (at: string, shown: Reminder[]) => {
      const time = manualClock(at);
      const scheduler = startReminderScheduler({
        clock: time.clock,
        load: () => ({ sessions: listSessions(db), minutesBefore: 10 }),
        notify: (r) => shown.push(r),
        fired: firedInDatabase(db, time.clock.now),
      });
      scheduler.tick();
      scheduler.stop();
    };
    const first: Reminder[] = [];
    run('2026-03-24T10:06:00Z', first);
    expect(first.map((r) => r.sessionKey)).toEqual([IDS.leastPrivilege]);
    // The app is quit and opened again two minutes later, still before the talk.
    const second: Reminder[] = [];
    run('2026-03-24T10:08:00Z', second);
    expect(second).toEqual([]);
    // The organizers move the talk an hour later: that is a new reminder, due at its new time.
    db.prepare(
      "UPDATE sessions SET start_utc = '2026-03-24T11:15:00Z', end_utc = '2026-03-24T11:45:00Z' WHERE session_key = ?",
    ).run(IDS.leastPrivilege);
    const moved: Reminder[] = [];
    run('2026-03-24T11:06:00Z', moved);
    expect(moved.map((r) => r.startsAt)).toEqual(['2026-03-24T11:15:00Z']);
    // Records of sessions that have started are dropped when the next one is written.
    const stored = JSON.parse(
      (db.prepare("SELECT value FROM settings WHERE key = 'remindersFired'").get() as { value: string }).value,
    );
    expect(Object.values(stored)).toEqual(['2026-03-24T11:15:00Z']);
  });
});

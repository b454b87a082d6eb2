// Issue 13: a zero-length session (start = end; the Sched export has one) is exported with its real
// times, not as a 30-minute slot.
import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { exportSessions } from '../../../../src/core/use-cases/export-sessions';
import { listSessions } from '../../../../src/core/store/read-sessions';
import { tempDb } from '../../helpers';
import { importReal } from '../importers/schedule-helpers';

describe('zero-length sessions in the .ics export', () => {
  it('the Sched demo that starts and ends at 16:15 UTC is exported 16:15–16:15, readable by ical.js', () => {
    const { db } = tempDb();
    importReal(db, 'sched-kccnceu2026-all.ics');
    const demo = listSessions(db).find((s) => s.title.startsWith('Sponsored Demo: Closing the Loop'))!;
    expect(demo.start).toBe(demo.end);
    const { text } = exportSessions({ db }, { kind: 'session', sessionKey: demo.sessionKey });
    const vevent = new ICAL.Component(ICAL.parse(text)).getFirstSubcomponent('vevent')!;
    const event = new ICAL.Event(vevent);
    expect(event.startDate.toJSDate().toISOString()).toBe('2026-03-24T16:15:00.000Z');
    expect(event.endDate.toJSDate().toISOString()).toBe('2026-03-24T16:15:00.000Z');
  });
});

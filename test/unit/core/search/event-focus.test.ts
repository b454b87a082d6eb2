// The event the app opens on, and the sessions of the event in focus, over the real catalogue
// (KubeCon EU 2024 from the bundled feed, EU 2026 from its Sched export) and small made-up events.
import { describe, expect, it } from 'vitest';
import { defaultEvent, focusedEvent, sessionsOfEvent, summarizeEvents } from '../../../../src/core/search/event-focus';
import type { SessionView } from '../../../../src/shared/types';
import { kubeconEu2024Sessions, kubeconEu2026Sessions } from '../../../fixtures/catalogue/catalogue-batches';

const EU2024 = 'KubeCon + CloudNativeCon Europe 2024';
const EU2026 = 'KubeCon + CloudNativeCon Europe 2026';

function view(record: Omit<SessionView, 'status' | 'agenda' | 'note' | 'changes'>): SessionView {
  return { ...record, status: 'active', agenda: null, note: null, changes: [] };
}

const real = [...kubeconEu2024Sessions(), ...kubeconEu2026Sessions()].map(view);

function event(name: string, days: string[], timeZone = 'Europe/Amsterdam'): SessionView[] {
  return days.map((date, i) =>
    view({ ...kubeconEu2026Sessions()[0]!, sessionKey: `${name}-${i}`, event: name, date, timeZone }),
  );
}

describe('the events the catalogue holds', () => {
  it('summarizes each event with its days, zone and year, the latest first', () => {
    const events = summarizeEvents(real);
    expect(events.map((e) => e.name)).toEqual([EU2026, EU2024]);
    const [eu2026, eu2024] = events;
    expect(eu2026).toMatchObject({ firstDay: '2026-03-22', lastDay: '2026-03-27', year: '2026' });
    expect(eu2026!.timeZone).toBe('Europe/Amsterdam');
    expect(eu2026!.sessionCount).toBe(real.filter((s) => s.event === EU2026).length);
    expect(eu2024).toMatchObject({ firstDay: '2024-03-20', lastDay: '2024-03-22', year: '2024' });
  });

  it('takes the year from the name when no session has a day', () => {
    const undated = event('Cloud Native Rejekts 2025', [null as unknown as string]);
    expect(summarizeEvents(undated)[0]).toMatchObject({ firstDay: null, year: '2025' });
  });
});

describe('the event the app opens on', () => {
  const events = summarizeEvents(real);
  it('is the event running today', () => {
    expect(defaultEvent(events, new Date('2024-03-21T10:00:00Z'))).toBe(EU2024);
    expect(defaultEvent(events, new Date('2026-03-24T10:00:00Z'))).toBe(EU2026);
  });

  it('reads "today" in the event’s zone (Paris, UTC+1 then): its last day ends at 23:00 UTC', () => {
    expect(defaultEvent(events, new Date('2024-03-22T22:30:00Z'))).toBe(EU2024);
    expect(defaultEvent(events, new Date('2024-03-22T23:30:00Z'))).toBe(EU2026);
  });

  it('is else the next to begin, not the latest', () => {
    const three = summarizeEvents([...real, ...event('KubeCon Japan 2026', ['2026-07-29', '2026-07-30'])]);
    expect(defaultEvent(three, new Date('2025-11-01T00:00:00Z'))).toBe(EU2026);
    expect(defaultEvent(three, new Date('2026-05-01T00:00:00Z'))).toBe('KubeCon Japan 2026');
  });

  it('is else the latest once every event is over', () => {
    expect(defaultEvent(events, new Date('2026-12-02T00:00:00Z'))).toBe(EU2026);
  });

  it('is null with no events, and a chosen event the catalogue lost falls back to the default', () => {
    expect(defaultEvent([], new Date())).toBeNull();
    const now = new Date('2026-12-02T00:00:00Z');
    expect(focusedEvent(events, EU2024, now)).toBe(EU2024);
    expect(focusedEvent(events, 'KubeCon gone 2019', now)).toBe(EU2026);
    expect(focusedEvent(events, null, now)).toBeNull();
  });
});

describe('the sessions in focus', () => {
  it('are those of the event, or all of them for all events', () => {
    const of2024 = sessionsOfEvent(real, EU2024);
    expect(of2024.length).toBeGreaterThan(0);
    expect(of2024.every((s) => s.event === EU2024)).toBe(true);
    expect(sessionsOfEvent(real, EU2026).length + of2024.length).toBe(real.length);
    expect(sessionsOfEvent(real, null)).toBe(real);
  });
});

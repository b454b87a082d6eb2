import { describe, expect, it } from 'vitest';
import { catalogueRows } from '../../../src/renderer/catalogue/catalogue-rows';
import { listMove } from '../../../src/renderer/catalogue/list-moves';
import { sameSlot, sessionLinks } from '../../../src/renderer/catalogue/session-links';
import type { SessionView } from '../../../src/shared/types';
import { record } from '../helpers';
import { schedRecords } from '../../support/sched-records';

function view(overrides: Partial<SessionView> & { sessionKey: string }): SessionView {
  return { ...record(overrides), status: 'active', agenda: null, note: null, changes: [], ...overrides };
}

const a = view({ sessionKey: 'a', date: '2026-03-24', start: '2026-03-24T08:00:00Z', end: '2026-03-24T08:30:00Z' });
const b = view({ sessionKey: 'b', date: '2026-03-24', start: '2026-03-24T08:00:00Z', end: '2026-03-24T09:00:00Z' });
const c = view({ sessionKey: 'c', date: '2026-03-24', start: '2026-03-24T08:45:00Z', end: '2026-03-24T09:15:00Z' });
const d = view({ sessionKey: 'd', date: '2026-03-25', start: null });
const e = view({ sessionKey: 'e', date: null, start: null });
const hits = [a, b, c, d, e].map((session) => ({ session, terms: [] }));

describe('catalogue rows', () => {
  it('groups by day, then time slot; a day without times is one "to be announced" slot', () => {
    const { rows, sessionRow } = catalogueRows(hits, true);
    expect(rows.map((r) => (r.type === 'session' ? r.hit.session.sessionKey : r.type))).toEqual([
      'day',
      'slot',
      'a',
      'b',
      'slot',
      'c',
      'day',
      'slot',
      'd',
      'day',
      'e',
    ]);
    expect(rows[0]).toMatchObject({ type: 'day', date: '2026-03-24', count: 3 });
    expect(rows[1]).toMatchObject({ type: 'slot', start: '2026-03-24T08:00:00Z', count: 2 });
    expect(rows[7]).toMatchObject({ type: 'slot', start: null, count: 1 });
    expect(sessionRow).toEqual([2, 3, 5, 8, 10]);
  });

  it('keeps ranked results flat', () => {
    const { rows, sessionRow } = catalogueRows(hits, false);
    expect(rows.every((r) => r.type === 'session')).toBe(true);
    expect(sessionRow).toEqual([0, 1, 2, 3, 4]);
  });
});

describe('session page helpers', () => {
  it('names links and lists one Sched page however its URL is spelled', () => {
    const session = view({ sessionKey: '1YeLy', url: 'https://kccnceu2024.sched.com/event/1YeLy' });
    const provenance = {
      lastChanges: [],
      sources: [
        {
          sourceId: 1,
          kind: 'feed' as const,
          location: 'x',
          title: null,
          seenAt: '',
          record: { ...session, url: 'https://kccnceu2024.sched.com/event/1YeLy/bloombergs-journey' },
        },
        {
          sourceId: 2,
          kind: 'feed' as const,
          location: 'y',
          title: null,
          seenAt: '',
          record: { ...session, url: 'https://www.youtube.com/watch?v=PfrUObDwvyQ' },
        },
        {
          sourceId: 3,
          kind: 'feed' as const,
          location: 'z',
          title: null,
          seenAt: '',
          record: { ...session, url: 'javascript:alert(1)' },
        },
      ],
    };
    expect(sessionLinks(session, provenance)).toEqual([
      { label: 'Sched page', url: 'https://kccnceu2024.sched.com/event/1YeLy' },
      { label: 'Recording', url: 'https://www.youtube.com/watch?v=PfrUObDwvyQ' },
    ]);
  });

  it('finds the sessions overlapping in time', () => {
    expect(sameSlot(b, [a, b, c, d, e]).map((s) => s.sessionKey)).toEqual(['a', 'c']);
    expect(sameSlot(a, [a, b, c, d, e]).map((s) => s.sessionKey)).toEqual(['b']);
    expect(sameSlot(d, [a, b, c, d, e])).toEqual([]);
  });
});

describe('list moves', () => {
  it('enters the list from the search box on the selected session, not the one after it', () => {
    expect(listMove('next', 0, 5, true)).toEqual({ select: 0 });
    expect(listMove('next', 3, 5, true)).toEqual({ select: 3 });
    expect(listMove('next', 3, 5, false)).toEqual({ select: 4 });
  });

  it('stops at the ends, and ↑ on the first session goes back to the search box', () => {
    expect(listMove('next', 4, 5, false)).toEqual({ select: 4 });
    expect(listMove('previous', 0, 5, false)).toEqual({ focusSearch: true });
    expect(listMove('previous', 0, 5, true)).toEqual({ select: 0 });
    expect(listMove('previous', 2, 5, false)).toEqual({ select: 1 });
    expect(listMove('first', 3, 5, false)).toEqual({ select: 0 });
    expect(listMove('last', 0, 5, false)).toEqual({ select: 4 });
  });

  it('does nothing in an empty list', () => {
    expect(listMove('next', 0, 0, false)).toBeNull();
    expect(listMove('last', 0, 0, true)).toBeNull();
  });

  it('finds a session row behind its day and slot headings on the real schedule', () => {
    const sessions = schedRecords().map((r) => view(r));
    const { rows, sessionRow } = catalogueRows(
      sessions.map((session) => ({ session, terms: [] })),
      true,
    );
    const last = listMove('last', 0, sessions.length, false) as { select: number };
    const row = rows[sessionRow[last.select]!]!;
    expect(row).toMatchObject({ type: 'session', position: sessions.length - 1 });
    expect(rows.filter((r) => r.type === 'day')).toHaveLength(1);
    expect(rows.filter((r) => r.type === 'session')).toHaveLength(sessions.length);
  });
});

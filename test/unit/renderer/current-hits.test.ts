import { describe, expect, it } from 'vitest';
import { currentHits } from '../../../src/renderer/catalogue/current-hits';
import type { SessionView } from '../../../src/shared/types';
import { record } from '../helpers';

const view = (id: string, room: string): SessionView => ({
  ...record({ sessionKey: id, room }),
  status: 'active',
  agenda: null,
  note: null,
  changes: [],
});

describe('hits from the previous index while a new one is built', () => {
  it('shows each session as loaded now and drops the ones no longer listed, keeping the order and marks', () => {
    const before = [view('a', 'Hall 1'), view('b', 'Hall 2'), view('c', 'Hall 3')];
    const hits = [before[2]!, before[0]!, before[1]!].map((session) => ({ session, terms: ['kube'] }));
    const now = new Map([view('a', 'Hall 9'), before[2]!].map((s) => [s.sessionKey, s]));
    const shown = currentHits(hits, now);
    expect(shown.map((h) => [h.session.sessionKey, h.session.room])).toEqual([
      ['c', 'Hall 3'],
      ['a', 'Hall 9'],
    ]);
    expect(shown.every((h) => h.terms[0] === 'kube')).toBe(true);
    // Unchanged sessions keep their hit object, so rows that did not change need not re-render.
    expect(shown[0]).toBe(hits[0]);
  });
});

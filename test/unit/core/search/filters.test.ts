import { describe, expect, it } from 'vitest';
import { facetTable, filterAndCount } from '../../../../src/core/search/facet-table';
import { emptyFilters, isPast, type CatalogueFilters } from '../../../../src/core/search/filters';
import type { SessionView } from '../../../../src/shared/types';
import { record } from '../../helpers';

function view(overrides: Partial<SessionView> & { sessionKey: string }): SessionView {
  return { ...record(overrides), status: 'active', agenda: null, note: null, changes: [], ...overrides };
}

const NOW = new Date('2026-03-24T12:00:00Z');
const sessions = [
  view({
    sessionKey: 'a',
    track: 'Security',
    kind: 'talk',
    date: '2026-03-24',
    start: '2026-03-24T09:00:00Z',
    end: '2026-03-24T09:30:00Z',
    timeZone: 'Europe/Amsterdam',
    speakers: [{ name: 'A', affiliation: 'Google' }],
  }),
  view({
    sessionKey: 'b',
    track: 'Security',
    kind: 'lightning',
    date: '2026-03-25',
    start: '2026-03-25T09:00:00Z',
    end: '2026-03-25T09:10:00Z',
    timeZone: 'Europe/Amsterdam',
    agenda: 'going',
  }),
  view({
    sessionKey: 'c',
    track: 'Observability',
    kind: 'talk',
    date: '2026-03-25',
    start: null,
    timeZone: 'Europe/Amsterdam',
    speakers: [
      { name: 'C', affiliation: 'Google' },
      { name: 'D', affiliation: 'Red Hat' },
    ],
  }),
  view({ sessionKey: 'd', track: null, kind: 'panel', date: null }),
];

const table = facetTable(sessions);
const everyone = Uint32Array.from(sessions.keys());
/** The ids the catalogue keeps under `filters`, in catalogue order. */
const kept = (filters: CatalogueFilters) =>
  Array.from(filterAndCount(table, everyone, filters, NOW).kept, (n) => sessions[n]!.sessionKey);
const countFacets = (filters: CatalogueFilters) => filterAndCount(table, everyone, filters, NOW).facets;

describe('filters', () => {
  it('selects any of several values within a facet, and all facets together', () => {
    const f = emptyFilters();
    f.selected.track = ['Security', 'Observability'];
    expect(kept(f)).toEqual(['a', 'b', 'c']);
    f.selected.kind = ['talk'];
    expect(kept(f)).toEqual(['a', 'c']);
  });

  it('filters starred, unscheduled and past sessions', () => {
    const starred = { ...emptyFilters(), starredOnly: true };
    expect(kept(starred)).toEqual(['b']);
    const unscheduled = { ...emptyFilters(), unscheduledOnly: true };
    expect(kept(unscheduled)).toEqual(['c', 'd']);
    const upcoming = { ...emptyFilters(), hidePast: true };
    expect(kept(upcoming)).toEqual(['b', 'c', 'd']);
  });

  it('counts a day without a time as past only once the whole day is over in the event zone', () => {
    const dayOnly = view({ sessionKey: 'x', date: '2026-03-24', timeZone: 'Europe/Amsterdam' });
    expect(isPast(dayOnly, new Date('2026-03-24T22:30:00Z'))).toBe(false);
    expect(isPast(dayOnly, new Date('2026-03-24T23:30:00Z'))).toBe(true);
  });
});

describe('facet counts', () => {
  it('counts every value, affiliations once per session', () => {
    const facets = countFacets(emptyFilters());
    expect(facets.track).toEqual([
      { value: 'Security', count: 2, selected: false },
      { value: 'Observability', count: 1, selected: false },
    ]);
    expect(facets.affiliation).toEqual([
      { value: 'Google', count: 2, selected: false },
      { value: 'Red Hat', count: 1, selected: false },
    ]);
    expect(facets.day.map((d) => d.value)).toEqual(['2026-03-24', '2026-03-25']);
  });

  it("leaves a facet's own selection out of its counts but applies the others", () => {
    const f = emptyFilters();
    f.selected.track = ['Security'];
    f.selected.kind = ['talk'];
    const facets = countFacets(f);
    // Tracks: only kind=talk applies → Security 1 (a), Observability 1 (c).
    expect(facets.track).toEqual([
      { value: 'Observability', count: 1, selected: false },
      { value: 'Security', count: 1, selected: true },
    ]);
    // Kinds: only track=Security applies → talk 1, lightning 1.
    expect(facets.kind.map((k) => [k.value, k.count])).toEqual([
      ['lightning', 1],
      ['talk', 1],
    ]);
  });

  it('keeps a selected value listed at zero', () => {
    const f = emptyFilters();
    f.selected.room = ['Hall 12'];
    expect(countFacets(f).room).toEqual([{ value: 'Hall 12', count: 0, selected: true }]);
  });
});

import { describe, expect, it } from 'vitest';
import { emptyFilters } from '../../../../src/core/search/filters';
import { resultHits, searchCatalogue } from '../../../../src/core/search/search-catalogue';
import { buildIndex } from '../../../../src/core/search/search-index';
import { applyImport } from '../../../../src/core/store/apply-import';
import { listSessions } from '../../../../src/core/store/read-sessions';
import { catalogueBatches } from '../../../fixtures/catalogue/catalogue-batches';
import { tempDb } from '../../helpers';

const NOW = new Date('2026-03-24T12:00:00Z');

function catalogue() {
  const { db } = tempDb();
  for (const batch of catalogueBatches()) applyImport(db, batch, { now: () => new Date('2026-03-01T00:00:00Z') });
  const sessions = listSessions(db);
  const index = buildIndex(sessions);
  const titles = (query: string, filters = emptyFilters()) =>
    resultHits(searchCatalogue(index, query, filters, NOW)).map((hit) => hit.session.title);
  return { sessions, index, titles };
}

describe('catalogue search over real sessions', () => {
  const { sessions, index, titles } = catalogue();

  it('finds speakers without their diacritics, and with them', () => {
    expect(titles('selajev')).toEqual(['Simplified Inner and Outer Cloud Native Developer Loops']);
    expect(titles('Šelajev')).toEqual(['Simplified Inner and Outer Cloud Native Developer Loops']);
    expect(titles('petovradzius')).toEqual(['Panel: The Platform Rock-Paper-Scissors: Build, Adopt, Buy']);
    expect(titles('statkevicius')).toEqual(['Accelerating Thanos at Scale: Faster and Cheaper Queries With Parquet']);
  });

  it('forgives typos in longer words', () => {
    const typo = titles('obervability');
    expect(typo.length).toBeGreaterThan(5);
    expect(typo).toEqual(titles('observability'));
    expect(titles('kuberntes').length).toBeGreaterThan(20);
  });

  it('counts two swapped letters as one typo', () => {
    const swapped = titles('secuirty');
    expect(swapped.length).toBeGreaterThan(5);
    // The same sessions as the word spelled right and typed out (not as the start of securitycon).
    expect(swapped).toEqual(titles('security '));
    // Beside a second word a near miss ranks lower than the right spelling would, but finds the same.
    expect(titles('secuirty kubernetes').sort()).toEqual(titles('security kubernetes').sort());
  });

  it('matches the word being typed as a prefix and ranks title matches first', () => {
    const found = titles('kyver');
    expect(found.length).toBeGreaterThan(1);
    expect(found[0]).toMatch(/Kyverno/);
  });

  it('requires every word, applies phrases and exclusions', () => {
    const both = titles('platform engineering');
    const phrase = titles('"platform engineering"');
    expect(phrase.length).toBeGreaterThan(0);
    expect(phrase.length).toBeLessThanOrEqual(both.length);
    expect(titles('platform -engineering').every((t) => !/engineering/i.test(t))).toBe(true);
    expect(titles('platform -engineering').length).toBeGreaterThan(0);
  });

  it('lists everything in day and time order for an empty query, or only exclusions', () => {
    const all = searchCatalogue(index, '', emptyFilters(), NOW);
    expect(all.ranked).toBe(false);
    expect(resultHits(all).map((h) => h.session.sessionKey)).toEqual(sessions.map((s) => s.sessionKey));
    const withoutBreaks = resultHits(searchCatalogue(index, '-badge', emptyFilters(), NOW));
    expect(withoutBreaks.length).toBeLessThan(sessions.length);
    expect(withoutBreaks.some((h) => /badge/i.test(h.session.title))).toBe(false);
  });

  it('narrows by track and counts facets under the query', () => {
    const filters = emptyFilters();
    filters.selected.track = ['Observability'];
    const result = searchCatalogue(index, 'opentelemetry', filters, NOW);
    const hits = resultHits(result);
    expect(hits.length).toBeGreaterThan(0);
    expect(hits.every((h) => h.session.track === 'Observability')).toBe(true);
    const track = result.facets.track.find((f) => f.value === 'Observability')!;
    expect(track).toMatchObject({ count: hits.length, selected: true });
    // Other tracks still show how many a second pick would add.
    expect(result.facets.track.filter((f) => !f.selected).length).toBeGreaterThan(0);
  });
});

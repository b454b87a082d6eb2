import { describe, expect, it } from 'vitest';
import { foldedWords, foldTerm } from '../../../../src/core/search/fold';

describe('foldTerm', () => {
  it('drops case and diacritics, including letters Unicode does not decompose', () => {
    expect(['Šelajev', 'Petovradžius', 'Łach', 'København', 'Straße', 'Sébastien', 'KUBERNETES'].map(foldTerm)).toEqual(
      ['selajev', 'petovradzius', 'lach', 'kobenhavn', 'strasse', 'sebastien', 'kubernetes'],
    );
  });

  it('splits like the index does', () => {
    expect(foldedWords('AI + ML: Šelajev’s multi-cluster talk!')).toEqual([
      'ai',
      'ml',
      'selajev',
      's',
      'multi',
      'cluster',
      'talk',
    ]);
  });
});

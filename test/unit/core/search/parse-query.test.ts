import { describe, expect, it } from 'vitest';
import { parseQuery } from '../../../../src/core/search/parse-query';

describe('parseQuery', () => {
  it('folds plain words', () => {
    expect(parseQuery('Šelajev  Kubernetes')).toEqual({
      words: ['selajev', 'kubernetes'],
      phrases: [],
      excluded: [],
      typing: true,
    });
  });

  it('keeps quoted phrases together and also requires their words', () => {
    expect(parseQuery('"platform engineering" kcp')).toEqual({
      words: ['platform', 'engineering', 'kcp'],
      phrases: [['platform', 'engineering']],
      excluded: [],
      typing: true,
    });
  });

  it('treats an unclosed quote as a phrase still being typed', () => {
    expect(parseQuery('"developer plat').phrases).toEqual([['developer', 'plat']]);
  });

  it('excludes -words and -"phrases", but not hyphens inside words', () => {
    expect(parseQuery('platform -ai -"product thinking" multi-cluster')).toEqual({
      words: ['platform', 'multi', 'cluster'],
      phrases: [],
      excluded: ['ai', 'product thinking'],
      typing: true,
    });
  });

  it('ignores a lone dash and empty quotes', () => {
    expect(parseQuery(' - "" ')).toEqual({ words: [], phrases: [], excluded: [], typing: false });
  });

  it('knows when the last word is finished', () => {
    expect(parseQuery('kube').typing).toBe(true);
    expect(parseQuery('kube ').typing).toBe(false);
    expect(parseQuery('"kube"').typing).toBe(false);
  });
});

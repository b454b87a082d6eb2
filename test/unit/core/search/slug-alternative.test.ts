// A session a translated post titles in its own language is found by the English words Sched spells in
// its URL slug (issue 11, pattern 8); the post's title is the one kept and shown. The links below are
// real Sched URLs from the bundled feed (data/cnpe-community-contribution.xml); the Japanese title is a
// translation written for this test, in the form the Japanese OpenTelemetry posts use.
import { describe, expect, it } from 'vitest';
import { extractSessions } from '../../../../src/core/feed/extract-sessions';
import { slugAlternative } from '../../../../src/core/search/documents';
import { emptyFilters } from '../../../../src/core/search/filters';
import { resultHits, searchCatalogue } from '../../../../src/core/search/search-catalogue';
import { buildIndex } from '../../../../src/core/search/search-index';
import type { SessionView } from '../../../../src/shared/types';

const html = `<ul>
<li><strong><a href="https://kccnceu2024.sched.com/event/1YFfY/building-a-platform-engineering-api-layer-with-kcp-marvin-beckers-kubermatic-gmbh">kcp によるプラットフォームエンジニアリング API レイヤーの構築</a></strong><br/>   Marvin Beckers（Kubermatic GmbH）<br/> 3月21日（木）• 11:00 - 11:35</li>
<li><strong><a href="https://sched.co/1ZiQB">短縮リンクのセッション</a></strong><br/>   Jane Doe（Acme）</li>
</ul>`;

describe('the URL slug as a searchable alternative title', () => {
  const records = extractSessions({
    title: 'KubeCon + CloudNativeCon Europe 2024 の注目セッション',
    link: 'https://opentelemetry.io/ja/blog/2024/kubecon-eu/',
    published: '2024-03-01T00:00:00Z',
    html,
  });
  const sessions: SessionView[] = records.map((r) => ({
    ...r,
    status: 'active',
    agenda: null,
    note: null,
    changes: [],
  }));
  const index = buildIndex(sessions);
  const keys = (query: string) =>
    resultHits(searchCatalogue(index, query, emptyFilters(), new Date('2024-03-01T00:00:00Z'))).map(
      (h) => h.session.sessionKey,
    );

  it('keeps the post’s title and finds the session by the English title words of the slug', () => {
    expect(records[0]!.title).toBe('kcp によるプラットフォームエンジニアリング API レイヤーの構築');
    expect(keys('platform engineering layer')).toEqual(['1YFfY']);
    expect(keys('building')).toEqual(['1YFfY']);
  });

  it('adds only words the title, speakers and companies do not already hold, and nothing for a short link', () => {
    expect(slugAlternative(records[0]!.url, 'kcp API Marvin Beckers Kubermatic GmbH')).toBe(
      'building a platform engineering layer with',
    );
    expect(slugAlternative('https://sched.co/1ZiQB', 'x')).toBe('');
    expect(keys('building')).not.toContain('1ZiQB');
  });
});

// One post that cannot be read costs that post only: the others import and it is listed as a problem.
import { describe, expect, it, vi } from 'vitest';
import type * as Extract from '../../../../src/core/feed/extract-sessions';
import { scrapeFeed } from '../../../../src/core/feed/scrape-feed';

// Stands for any failure inside one post's reading (the real extractor runs for every other post).
vi.mock('../../../../src/core/feed/extract-sessions', async (importOriginal) => {
  const real = await importOriginal<typeof Extract>();
  return {
    ...real,
    extractSessions: (
      item: Parameters<typeof real.extractSessions>[0],
      feed: Parameters<typeof real.extractSessions>[1],
    ) => {
      if (item.title === 'Broken post') throw new RangeError('Maximum call stack size exceeded');
      return real.extractSessions(item, feed);
    },
  };
});

const item = (title: string, link: string, id: string) =>
  `<item><title>${title}</title><link>${link}</link><description>&lt;p&gt;&lt;a href="https://kccnceu2024.sched.com/event/${id}/x"&gt;Talk ${id}&lt;/a&gt; - Jane Doe, Acme&lt;/p&gt;</description></item>`;

describe('a feed with one post that cannot be read', () => {
  it('imports the other posts and names the feed and the item in the problem', () => {
    const xml = `<rss version="2.0"><channel><title>Blog</title>${item('KubeCon Europe 2024 talks', 'https://example.org/a', '1YeMm')}${item('Broken post', 'https://example.org/b', '1YeRR')}${item('More KubeCon Europe 2024', 'https://example.org/c', '1YeRj')}</channel></rss>`;
    const { sessions, problems } = scrapeFeed(xml, 'blog.xml');
    expect(sessions.map((s) => s.sessionKey)).toEqual(['1YeMm', '1YeRj']);
    expect(problems).toEqual([
      { where: 'blog.xml item "Broken post"', message: 'could not read the post: Maximum call stack size exceeded' },
    ]);
  });
});

// Posts built to break a scraper: nesting far past the call stack, feeds in windows-1252 and
// ISO-8859-1, post links that are not web pages, one sched id given to two talks.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { fetchFeed } from '../../../../src/core/feed/fetch-feed';
import { scrapeFeed } from '../../../../src/core/feed/scrape-feed';
import { readTextFile } from '../../../../src/core/text/read-text-file';
import { tempDir } from '../../helpers';

function escape(html: string): string {
  return html.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

function rss(items: { title: string; link: string; html: string }[], encoding = 'UTF-8'): string {
  const body = items
    .map(
      (i) =>
        `<item><title>${i.title}</title><link>${i.link}</link><pubDate>Mon, 04 Mar 2024 10:00:00 GMT</pubDate><description>${escape(i.html)}</description></item>`,
    )
    .join('');
  return `<?xml version="1.0" encoding="${encoding}"?><rss version="2.0"><channel><title>Blog</title><link>https://example.org/</link>${body}</channel></rss>`;
}

const GOOD = {
  title: 'Our talks at KubeCon Europe 2024',
  link: 'https://example.org/good',
  html: '<ul><li><a href="https://kccnceu2024.sched.com/event/1YeMm/x">Building AI-Ready Platforms</a> - Thomas Vitale, Systematic</li></ul>',
};

describe('a post nested 200,000 elements deep (4.6 MB)', () => {
  const depth = 200_000;
  const open = '<div class="wrapper">'.repeat(depth);
  const close = '</div>'.repeat(depth);
  const deep = {
    title: 'Deep post about KubeCon Europe 2024',
    link: 'https://example.org/deep',
    html: `${open}<p><a href="https://kccnceu2024.sched.com/event/1YeRR/y">KubeDDR! a Dance of Predictive Scoring</a> - Leigh Capili, Broadcom</p>${close}`,
  };
  const xml = rss([deep, GOOD]);

  it('is read without overflowing the stack (its wrappers dropped), and the other post imports too', () => {
    expect(xml.length).toBeGreaterThan(4_500_000);
    const { sessions, problems } = scrapeFeed(xml, 'deep.xml');
    expect(problems).toEqual([]);
    const deepSession = sessions.find((s) => s.sessionKey === '1YeRR');
    expect(deepSession?.title).toBe('KubeDDR! a Dance of Predictive Scoring');
    expect(deepSession?.speakers).toEqual([{ name: 'Leigh Capili', affiliation: 'Broadcom' }]);
    expect(sessions.find((s) => s.sessionKey === '1YeMm')?.speakers).toEqual([
      { name: 'Thomas Vitale', affiliation: 'Systematic' },
    ]);
  });
});

describe('feeds in windows-1252 and ISO-8859-1', () => {
  const item = {
    title: 'KubeCon Europe 2024 \u2013 our talks \u20ac',
    link: 'https://example.org/p',
    html: '<p><a href="https://kccnceu2024.sched.com/event/1YeMm/x">\u201cBuilding\u201d AI\u2013Ready Platforms</a> - Thomas Vitale, Systematic &#150; more</p>',
  };
  for (const encoding of ['windows-1252', 'ISO-8859-1']) {
    const bytes = new TextEncoder().encode(rss([item], encoding)).length; // size check only
    const xml = rss([item], encoding);
    // The bytes a windows-1252 site writes: – is 0x96, “ ” are 0x93 0x94, € is 0x80.
    const cp1252 = Buffer.from(
      xml.replace(/[\u2013\u201c\u201d\u20ac]/g, (c) =>
        String.fromCharCode({ '\u2013': 0x96, '\u201c': 0x93, '\u201d': 0x94, '\u20ac': 0x80 }[c]!),
      ),
      'latin1',
    );

    it(`decodes a ${encoding} file as the WHATWG standard says (– “ ” €, no control characters)`, () => {
      expect(bytes).toBeGreaterThan(0);
      const file = path.join(tempDir(), 'feed.xml');
      fs.writeFileSync(file, cp1252);
      const { feed, sessions } = scrapeFeed(readTextFile(file), file);
      expect(feed.items[0]!.title).toBe('KubeCon Europe 2024 – our talks €');
      expect(sessions[0]!.title).toBe('“Building” AI–Ready Platforms');
      expect(sessions[0]!.abstract).toContain('– more');
      expect(JSON.stringify(sessions)).not.toMatch(/[\u0080-\u009f]/);
    });

    it(`decodes a ${encoding} feed fetched over http`, async () => {
      const fake = (async () =>
        new Response(cp1252, {
          status: 200,
          headers: { 'content-type': `application/rss+xml; charset=${encoding}` },
        })) as typeof fetch;
      const fetched = await fetchFeed('https://example.org/feed.xml', null, { fetch: fake });
      expect(fetched.status).toBe('ok');
      const { feed } = scrapeFeed(fetched.status === 'ok' ? fetched.text : '', 'https://example.org/feed.xml');
      expect(feed.items[0]!.title).toBe('KubeCon Europe 2024 – our talks €');
    });
  }
});

describe('post links that are not web pages', () => {
  it.each(['javascript:alert(1)', 'data:text/html,<b>x</b>', 'file:///etc/passwd'])(
    '%s is not kept as the source item',
    (link) => {
      const { sessions } = scrapeFeed(rss([{ ...GOOD, link: escape(link) }]), 'blog.xml');
      expect(sessions).toHaveLength(1);
      expect(sessions[0]!.sourceItem).toBeNull();
    },
  );

  it('keeps an https post link', () => {
    expect(scrapeFeed(rss([GOOD]), 'blog.xml').sessions[0]!.sourceItem).toBe('https://example.org/good');
  });
});

describe('one sched id linked to two different talks', () => {
  it('keeps the talk the post gives the id first and reports the clash, never merging the two', () => {
    const html =
      '<ul><li><a href="https://sched.co/1AR8z">GitOps with Flux and OCI Registries</a> - Soulé Ba, Weaveworks</li>' +
      '<li><a href="https://sched.co/1AR8z">Pixie + Flux, VSCode, GitOps Observability from Top to Bottom</a> - Somtochi Onyekwere, Weaveworks</li></ul>';
    const { sessions, problems } = scrapeFeed(rss([{ ...GOOD, html }]), 'flux.xml');
    expect(sessions).toHaveLength(1);
    expect(sessions[0]!.title).toBe('GitOps with Flux and OCI Registries');
    expect(sessions[0]!.speakers).toEqual([{ name: 'Soulé Ba', affiliation: 'Weaveworks' }]);
    expect(problems).toHaveLength(1);
    expect(problems[0]!.message).toMatch(/1AR8z is linked to two different talks/);
  });
});

describe('a post nested 200,000 levels deep in elements that carry structure', () => {
  it('is refused with a clear problem naming the feed and the item; the other post imports', () => {
    const depth = 200_000;
    const html = `${'<blockquote>'.repeat(depth)}<a href="https://sched.co/1YeRR">KubeDDR</a>${'</blockquote>'.repeat(depth)}`;
    const { sessions, problems } = scrapeFeed(
      rss([{ ...GOOD, title: 'Deep quotes', link: 'https://example.org/q', html }, GOOD]),
      'deep.xml',
    );
    expect(sessions.map((s) => s.sessionKey)).toEqual(['1YeMm']);
    expect(problems).toHaveLength(1);
    expect(problems[0]!.where).toBe('deep.xml item "Deep quotes"');
    expect(problems[0]!.message).toMatch(
      /^could not read the post: the post nests its HTML 2000\d\d elements deep \(more than 1000\); it was not read$/,
    );
  });
});

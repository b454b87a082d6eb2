// Feed formats (RSS 2.0, Atom 1.0, RSS 1.0/RDF) and bad input: each parsed faithfully or refused by name.
import { thrown } from '../../helpers';
import { describe, expect, it } from 'vitest';
import { looksLikeFeed, parseFeed } from '../../../../src/core/feed/parse-feed';
import { scrapeFeed } from '../../../../src/core/feed/scrape-feed';

const LINK =
  '<a href="https://kccnceu2024.sched.com/event/1YeQt/ebpfs-abilities-and-limitations-the-truth-liz-rice-isovalent">eBPF&#8217;s Abilities &amp; Limitations</a>';

function rss(item: string, channelExtra = ''): string {
  return `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel>
<title>Blog &amp; News</title><link>https://blog.example.org/</link>${channelExtra}
<item><title>KubeCon EU 2024 picks</title><link>/2024/03/picks/</link><pubDate>Fri, 01 Mar 2024 10:00:00 +0000</pubDate>${item}</item>
</channel></rss>`;
}

describe('feed formats', () => {
  it('RSS 2.0 with escaped HTML in description', () => {
    const doc = parseFeed(rss('<description>x</description>'), 'f.xml');
    expect(doc.title).toBe('Blog & News');
    expect(doc.items[0]!.link).toBe('https://blog.example.org/2024/03/picks/');
    const { sessions } = scrapeFeed(
      rss(`<description>&lt;p&gt;${LINK.replace(/&/g, '&amp;').replace(/</g, '&lt;')}&lt;/p&gt;</description>`),
      'f.xml',
    );
    expect(sessions.map((s) => s.title)).toEqual(['eBPF’s Abilities & Limitations']);
  });

  it('RSS 2.0 prefers content:encoded (CDATA) over the description summary', () => {
    const { sessions, feed } = scrapeFeed(
      rss(
        `<description>A short summary.</description><content:encoded><![CDATA[<p>${LINK} - Liz Rice, Isovalent</p>]]></content:encoded>`,
      ),
      'f.xml',
    );
    expect(feed.items[0]!.html).toContain('<p><a href=');
    expect(sessions[0]).toMatchObject({
      sessionKey: '1YeQt',
      title: 'eBPF’s Abilities & Limitations',
      speakers: [{ name: 'Liz Rice', affiliation: 'Isovalent' }],
    });
  });

  it('Atom 1.0 with content type html, xhtml, and summary only', () => {
    const atom = (entry: string) => `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title type="text">TAG</title><link href="https://tag.example.org/"/>
<entry><title>KubeCon EU 2024</title><link rel="alternate" href="https://tag.example.org/blog/eu/"/><published>2024-03-01T00:00:00Z</published>${entry}</entry></feed>`;
    const html = scrapeFeed(
      atom(`<content type="html">&lt;p&gt;${LINK.replace(/&/g, '&amp;').replace(/</g, '&lt;')}&lt;/p&gt;</content>`),
      'a.atom',
    );
    const xhtml = scrapeFeed(
      atom(`<content type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml"><p>${LINK}</p></div></content>`),
      'a.atom',
    );
    const summary = scrapeFeed(
      atom(`<summary type="html">&lt;p&gt;${LINK.replace(/&/g, '&amp;').replace(/</g, '&lt;')}&lt;/p&gt;</summary>`),
      'a.atom',
    );
    for (const result of [html, xhtml, summary]) {
      expect(result.feed.items[0]!.link).toBe('https://tag.example.org/blog/eu/');
      expect(result.sessions.map((s) => [s.sessionKey, s.title, s.sourceItem])).toEqual([
        ['1YeQt', 'eBPF’s Abilities & Limitations', 'https://tag.example.org/blog/eu/'],
      ]);
    }
  });

  it("Atom xml:base: entry links and the content's relative links resolve against the base in scope", () => {
    const doc = `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xml:base="https://tag.example.org/blog/"><title>TAG</title><link href="./"/>
<entry xml:base="2024/"><title>KubeCon EU 2024</title><link href="eu-picks/"/><published>2024-03-01T00:00:00Z</published>
<content type="html" xml:base="https://kccnceu2024.sched.com/">&lt;p&gt;&lt;a href="/event/1YeQt/ebpfs-abilities-and-limitations-the-truth-liz-rice-isovalent"&gt;eBPF’s Abilities&lt;/a&gt;&lt;/p&gt;</content>
</entry></feed>`;
    const { feed, sessions } = scrapeFeed(doc, 'base.atom');
    expect(feed.link).toBe('https://tag.example.org/blog/');
    expect(feed.items[0]!.link).toBe('https://tag.example.org/blog/2024/eu-picks/');
    expect(sessions.map((s) => [s.sessionKey, s.url, s.sourceItem])).toEqual([
      [
        '1YeQt',
        'https://kccnceu2024.sched.com/event/1YeQt/ebpfs-abilities-and-limitations-the-truth-liz-rice-isovalent',
        'https://tag.example.org/blog/2024/eu-picks/',
      ],
    ]);
  });

  it('RSS 1.0 (RDF)', () => {
    const rdf = `<?xml version="1.0"?>
<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/" xmlns:dc="http://purl.org/dc/elements/1.1/">
<channel rdf:about="https://old.example.org/"><title>Old Blog</title><link>https://old.example.org/</link></channel>
<item rdf:about="https://old.example.org/kubecon"><title>KubeCon Europe 2024</title><link>https://old.example.org/kubecon</link><dc:date>2024-03-01</dc:date>
<description>&lt;p&gt;${LINK.replace(/&/g, '&amp;').replace(/</g, '&lt;')}&lt;/p&gt;</description></item></rdf:RDF>`;
    const { feed, sessions } = scrapeFeed(rdf, 'r.rdf');
    expect(feed.title).toBe('Old Blog');
    expect(sessions.map((s) => s.sessionKey)).toEqual(['1YeQt']);
    expect(looksLikeFeed(rdf)).toBe(true);
  });

  it('a recording of a session the feed also links on sched is that session', () => {
    const { sessions } = scrapeFeed(
      rss(
        `<content:encoded><![CDATA[<p>${LINK}</p><h2>Videos</h2><ul><li><a href="https://www.youtube.com/watch?v=AAAAAAAAAAA">eBPF’s Abilities &amp; Limitations</a> by Liz Rice from Isovalent</li></ul>]]></content:encoded>`,
      ),
      'f.xml',
    );
    expect(sessions.map((s) => [s.sessionKey, s.speakers.map((p) => p.name)])).toEqual([['1YeQt', ['Liz Rice']]]);
  });

  it('UTF-8 with a byte-order mark, and entities in titles', () => {
    const doc = parseFeed(
      `\uFEFF${rss('<description>x</description>', '<description>Caf&#233; &lt;Ops&gt;</description>')}`,
      'bom.xml',
    );
    expect(doc.title).toBe('Blog & News');
    expect(doc.items).toHaveLength(1);
  });

  it('an RSS 0.91 DOCTYPE is dropped unread', () => {
    const withDoctype = rss('<description>x</description>').replace(
      '<rss',
      '<!DOCTYPE rss PUBLIC "-//Netscape Communications//DTD RSS 0.91//EN" "http://my.netscape.com/publish/formats/rss-0.91.dtd">\n<rss',
    );
    expect(parseFeed(withDoctype, 'old.xml').items).toHaveLength(1);
  });
});

describe('bad input', () => {
  it('malformed XML names the file, line and column', () => {
    const error = thrown(() => parseFeed('<rss><channel><title>x</channel></rss>', 'broken.xml'));
    expect(error.code).toBe('parse-error');
    expect(error.where).toMatch(/^broken\.xml:1:\d+$/);
    expect(error.message).toContain('not well-formed XML');
  });

  it('an HTML page is not a feed, and the error names the feed the page links to', () => {
    const page = `<!DOCTYPE html><html><head><link rel="alternate" type="application/rss+xml" href="https://blog.example.org/index.xml"></head><body><p>Hi<br></body></html>`;
    const error = thrown(() => parseFeed(page, 'https://blog.example.org/'));
    expect(error.message).toBe(
      'https://blog.example.org/: this is an HTML page, not an RSS or Atom feed (the page names its feed: https://blog.example.org/index.xml)',
    );
  });

  it('an empty document and another XML root are refused; a feed with no items has no sessions', () => {
    expect(thrown(() => parseFeed('', 'empty.xml')).message).toBe(
      'empty.xml: the document is empty, not an RSS or Atom feed',
    );
    expect(thrown(() => parseFeed('<?xml version="1.0"?><svg></svg>', 'x.svg')).message).toContain(
      'root element is <svg>',
    );
    expect(scrapeFeed('<rss version="2.0"><channel><title>t</title></channel></rss>', 'none.xml').sessions).toEqual([]);
  });

  it('refuses a 50 MB feed quickly instead of parsing it', () => {
    const huge = rss(`<description>${'x'.repeat(50 * 1024 * 1024)}</description>`);
    const error = thrown(() => parseFeed(huge, 'huge.xml'));
    expect(error.message).toBe('huge.xml: the feed is too large (50 MB; the limit is 20 MB)');
  });

  it('refuses entity-expansion (billion laughs) and external entities without reading anything', () => {
    const laughs = `<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol1 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;"><!ENTITY lol2 "&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;">]><rss><channel><title>&lol2;</title></channel></rss>`;
    const xxe = `<?xml version="1.0"?><!DOCTYPE rss [<!ENTITY xxe SYSTEM "file:///etc/passwd">]><rss><channel><title>&xxe;</title></channel></rss>`;
    for (const doc of [laughs, xxe]) {
      const error = thrown(() => parseFeed(doc, 'evil.xml'));
      expect(error.message).toBe('evil.xml: the feed declares XML entities in a DTD, which kubeplan refuses to expand');
    }
  });

  it('HTML that is not well formed inside an item is still read', () => {
    const { sessions } = scrapeFeed(
      rss(
        `<content:encoded><![CDATA[<div><p><b>Unclosed <ul><li>${LINK} - Liz Rice, Isovalent<li><a href="https://sched.co/1YeRx">Comparing Sidecar-Less Service Mesh</a></ul>]]></content:encoded>`,
      ),
      'sloppy.xml',
    );
    expect(sessions.map((s) => s.sessionKey)).toEqual(['1YeQt', '1YeRx']);
  });
});

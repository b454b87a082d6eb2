// Scraping a 5 MB feed of 200 recap posts built from the real shared posts (each copy with its own
// sched ids, so nothing merges away), against a bare XML parse of the same bytes; reports items/s.
import fs from 'node:fs';
import path from 'node:path';
import { XMLParser } from 'fast-xml-parser';
import { parseFeed } from '../../../src/core/feed/parse-feed';
import { scrapeFeed } from '../../../src/core/feed/scrape-feed';
import { performance } from 'node:perf_hooks';
import { report, type BenchCase, type Measured } from '../harness';

const FEEDS = path.resolve(import.meta.dirname, '../../fixtures/feeds');
const POSTS = 200;
const TARGET_BYTES = 5 * 1024 * 1024;

/** The real posts that list sessions, as HTML with their titles. */
function realPosts(): { title: string; html: string }[] {
  const posts: { title: string; html: string }[] = [];
  for (const file of [
    'cnpe-community-contribution.xml',
    'cilium-kubecon-eu-2024.xml',
    'tag-app-delivery-kubecon-na-2024.atom',
  ]) {
    const doc = parseFeed(fs.readFileSync(path.join(FEEDS, file), 'utf8'), file);
    for (const item of doc.items)
      if (/sched\.(com|co)\//.test(item.html)) posts.push({ title: item.title ?? file, html: item.html });
  }
  return posts;
}

export function recapFeed(): string {
  const posts = realPosts();
  const average = posts.reduce((n, p) => n + p.html.length, 0) / posts.length;
  // Long recaps cover more than one post's worth: each copy continues with part of the next real post.
  const extra = Math.max(0, Math.round(TARGET_BYTES / POSTS - average - 300));
  const items: string[] = [];
  for (let i = 0; i < POSTS; i += 1) {
    const post = posts[i % posts.length]!;
    const next = posts[(i + 1) % posts.length]!.html;
    const tail = next.slice(
      0,
      next.indexOf('</', extra) > 0 ? next.indexOf('>', next.indexOf('</', extra)) + 1 : next.length,
    );
    const html = (post.html + tail).replace(/(sched\.com\/event\/|sched\.co\/)([A-Za-z0-9]+)/g, `$1$2x${i}`);
    items.push(`<item><title>${post.title.replace(/&/g, '&amp;').replace(/</g, '&lt;')} #${i}</title>
<link>https://blog.example.org/recap-${i}/</link><pubDate>Fri, 29 Mar 2024 10:00:00 +0000</pubDate>
<content:encoded><![CDATA[${html}]]></content:encoded></item>`);
  }
  return `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel>
<title>KubeCon recaps</title><link>https://blog.example.org/</link>
${items.join('\n')}
</channel></rss>`;
}

/** Times the subject and its baseline in alternation, so a busy machine slows both alike. */
function alternate(subject: [string, () => void], baseline: [string, () => void], runs: number): [Measured, Measured] {
  const times: [number[], number[]] = [[], []];
  subject[1]();
  baseline[1]();
  for (let i = 0; i < runs; i += 1) {
    [subject, baseline].forEach(([, fn], side) => {
      const start = performance.now();
      fn();
      times[side]!.push(performance.now() - start);
    });
  }
  const summary = (name: string, list: number[]): Measured => {
    const sorted = [...list].sort((a, b) => a - b);
    return {
      name,
      medianMs: sorted[Math.floor(runs / 2)]!,
      p95Ms: sorted[Math.min(runs - 1, Math.floor(runs * 0.95))]!,
      runs,
    };
  };
  return [summary(subject[0], times[0]), summary(baseline[0], times[1])];
}

export const recapFeedCase: BenchCase = {
  title: 'Scrape a 5 MB feed of 200 recap posts',
  run() {
    const xml = recapFeed();
    const [scrape, bare] = alternate(
      ['scrapeFeed(200 recap posts)', () => void scrapeFeed(xml, 'recaps.xml')],
      ['bare fast-xml-parser parse', () => void new XMLParser().parse(xml)],
      9,
    );
    const sessions = scrapeFeed(xml, 'recaps.xml').sessions.length;
    const mb = (Buffer.byteLength(xml) / 1024 / 1024).toFixed(1);
    const itemsPerSecond = Math.round(POSTS / (scrape.medianMs / 1000));
    report(scrape, bare, `${mb} MB, ${sessions} sessions, ${itemsPerSecond} items/s`);
  },
};

// Property: random posts built from fragments of real feeds, and mutated feed documents, never make the scraper throw anything but KubeplanError.
import fs from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { extractSessions } from '../../../src/core/feed/extract-sessions';
import { parseFeed } from '../../../src/core/feed/parse-feed';
import { scrapeFeed } from '../../../src/core/feed/scrape-feed';
import { BUNDLED_FEED, FIXTURES } from '../helpers';
import { HOSTILE } from './hostile-helpers';
import { applyAll, mutations, nastyText, onlyKubeplanErrors } from './property-arbitraries';

export const POST_RUNS = 1000;
export const FEED_RUNS = 300;

const FEEDS = [
  BUNDLED_FEED,
  ...fs
    .readdirSync(path.join(FIXTURES, 'feeds'))
    .filter((f) => /\.(xml|atom)$/.test(f))
    .map((f) => path.join(FIXTURES, 'feeds', f)),
  path.join(HOSTILE, 'script-in-content-feed.xml'),
];

// Every post body of every real feed, cut into tag-sized pieces: the vocabulary random posts are made of.
const bodies = FEEDS.flatMap((file) => {
  try {
    return parseFeed(fs.readFileSync(file, 'utf8'), file).items.map((i) => i.html);
  } catch {
    return [];
  }
});
const fragments = [...new Set(bodies.flatMap((html) => html.split(/(?=<)/).filter((f) => f.length < 400)))];

const post = fc.array(
  fc.oneof(
    { weight: 4, arbitrary: fc.constantFrom(...fragments) },
    { weight: 1, arbitrary: nastyText },
    {
      weight: 1,
      arbitrary: fc
        .tuple(
          fc.constantFrom('kccnceu2024', 'colocatedeventseu2024', ''),
          fc.stringMatching(/^[0-9A-Za-z]{0,6}$/),
          nastyText,
        )
        .map(([sub, id, text]) => `<a href="https://${sub ? `${sub}.` : ''}sched.com/event/${id}">${text}</a>`),
    },
  ),
  { maxLength: 60 },
);

describe('feed extractor under random input', () => {
  it('random posts from real fragments and hostile strings', { timeout: 60_000 }, () => {
    expect(fragments.length).toBeGreaterThan(500);
    let extracted = 0;
    fc.assert(
      fc.property(post, nastyText, (parts, title) => {
        onlyKubeplanErrors(() => {
          const records = extractSessions(
            { title, link: 'https://blog.example/p', published: null, html: parts.join('') },
            { link: 'https://blog.example/', title },
          );
          // What is extracted is data a user may be shown: it must have an id and a readable title.
          extracted += records.length;
          for (const r of records) {
            expect(r.sessionKey).not.toBe('');
            expect(typeof r.title).toBe('string');
          }
        });
      }),
      { numRuns: POST_RUNS, seed: 7 },
    );
    // The random posts must reach the extractor's session paths, not only its early exits.
    expect(extracted).toBeGreaterThan(POST_RUNS / 4);
  });

  it('mutated real feed documents', { timeout: 60_000 }, () => {
    const documents = FEEDS.map((file) => fs.readFileSync(file, 'utf8').slice(0, 60_000));
    let scraped = 0;
    fc.assert(
      fc.property(fc.constantFrom(...documents.keys()), mutations, (index, ms) => {
        scraped +=
          onlyKubeplanErrors(() => scrapeFeed(applyAll(documents[index]!, ms), 'mutated.xml'))?.sessions.length ?? 0;
      }),
      { numRuns: FEED_RUNS, seed: 7 },
    );
    // Most mutations make the XML unreadable (the error path); enough must leave sessions to extract.
    expect(scraped).toBeGreaterThan(FEED_RUNS / 10);
  });
});

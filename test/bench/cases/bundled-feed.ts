// Scraping the bundled feed (parse + extract), against a bare XML parse of the same bytes.
import fs from 'node:fs';
import path from 'node:path';
import { XMLParser } from 'fast-xml-parser';
import { scrapeFeed } from '../../../src/core/feed/scrape-feed';
import { measure, report, type BenchCase } from '../harness';

const FEED = path.resolve(import.meta.dirname, '../../../data/cnpe-community-contribution.xml');

export const bundledFeed: BenchCase = {
  title: 'Scrape the bundled feed',
  run() {
    const xml = fs.readFileSync(FEED, 'utf8');
    const bare = measure('bare fast-xml-parser parse', () => void new XMLParser().parse(xml), 50);
    const scrape = measure('scrapeFeed(bundled feed)', () => void scrapeFeed(xml, FEED), 50);
    report(scrape, bare, `${scrapeFeed(xml, FEED).sessions.length} sessions`);
  },
};

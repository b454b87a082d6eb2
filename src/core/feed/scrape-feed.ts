// Turns a feed document's text into the sessions all its items list.
import type { SessionRecord } from '../../shared/types';
import { extractSessions } from './extract-sessions';
import { parseFeed, type FeedDocument } from './parse-feed';

export interface ScrapeResult {
  feed: FeedDocument;
  sessions: SessionRecord[];
}

export function scrapeFeed(xml: string, where: string): ScrapeResult {
  const feed = parseFeed(xml, where);
  const sessions = feed.items.flatMap((item) => extractSessions(item));
  return { feed, sessions };
}

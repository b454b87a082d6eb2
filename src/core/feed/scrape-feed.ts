// Turns a feed document's text into the sessions all its items list, one record per session.
import type { SessionRecord } from '../../shared/types';
import { mergeDuplicates } from '../store/merge-records';
import { matchKey } from '../text/normalize';
import { extractSessions } from './extract-sessions';
import { parseFeed, type FeedDocument } from './parse-feed';

export interface ScrapeResult {
  feed: FeedDocument;
  sessions: SessionRecord[];
}

/** A recording whose title is a sched session's in the same feed is that session, not another one. */
function foldRecordings(records: SessionRecord[]): SessionRecord[] {
  const byTitle = new Map<string, SessionRecord>();
  for (const r of records)
    if (!r.sessionKey.startsWith('yt-') && r.url && /sched\.(com|co)\//.test(r.url)) byTitle.set(matchKey(r.title), r);
  return records.flatMap((r) => {
    if (!r.sessionKey.startsWith('yt-')) return [r];
    const sched = byTitle.get(matchKey(r.title));
    if (!sched) return [r];
    if (sched.speakers.length === 0 && r.speakers.length > 0) sched.speakers = r.speakers;
    return [];
  });
}

export function scrapeFeed(xml: string, where: string): ScrapeResult {
  const feed = parseFeed(xml, where);
  const sessions = feed.items.flatMap((item) => extractSessions(item, { link: feed.link, title: feed.title }));
  return { feed, sessions: foldRecordings(mergeDuplicates(sessions)) };
}

// Turns a feed document's text into the sessions all its items list, one record per session.
import type { SessionRecord } from '../../shared/types';
import { mergeRecords } from '../store/merge-records';
import { matchKey } from '../text/normalize';
import { extractSessions } from './extract-sessions';
import { parseFeed, type FeedDocument } from './parse-feed';

export interface ScrapeResult {
  feed: FeedDocument;
  sessions: SessionRecord[];
}

/** A session linked twice (in one post or several) is one session, its fields merged in post order. */
export function mergeDuplicates(records: SessionRecord[]): SessionRecord[] {
  const groups = new Map<string, SessionRecord[]>();
  for (const record of records) {
    const group = groups.get(record.id);
    if (group) group.push(record);
    else groups.set(record.id, [record]);
  }
  return [...groups.entries()].map(([id, group]) =>
    group.length === 1
      ? group[0]!
      : mergeRecords(
          id,
          group.map((record, i) => ({ sourceKind: 'feed' as const, seenAt: String(group.length - i).padStart(6, '0'), record })),
        ),
  );
}

/** A recording whose title is a sched session's in the same feed is that session, not another one. */
function foldRecordings(records: SessionRecord[]): SessionRecord[] {
  const byTitle = new Map<string, SessionRecord>();
  for (const r of records) if (!r.id.startsWith('yt-') && r.url && /sched\.(com|co)\//.test(r.url)) byTitle.set(matchKey(r.title), r);
  return records.flatMap((r) => {
    if (!r.id.startsWith('yt-')) return [r];
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

// Turns a feed document's text into the sessions all its items list, one record per session, and
// the problems met on the way (an item that could not be read, one sched id given to two talks).
import { errorMessage } from '../../shared/errors';
import type { ImportProblem, SessionRecord } from '../../shared/types';
import { mergeDuplicates } from '../store/merge-records';
import { matchKey } from '../text/normalize';
import { extractSessions } from './extract-sessions';
import { parseFeed, type FeedDocument, type FeedItem } from './parse-feed';

export interface ScrapeResult {
  feed: FeedDocument;
  sessions: SessionRecord[];
  /** Items that could not be read and ids linked to two different talks; the rest imported. */
  problems: ImportProblem[];
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

/** Two titles are one talk when one holds the other ("Flux ContribFest" and "Flux ContribFest 2022"). */
function sameTalk(a: string, b: string): boolean {
  const x = matchKey(a);
  const y = matchKey(b);
  return x === y || x.includes(y) || y.includes(x);
}

/**
 * One sched id linked to two different talks (a pasted link): the id belongs to the first talk the
 * post gives it; the other is dropped rather than merged into it, and reported.
 */
function dropIdClashes(records: SessionRecord[], where: string, problems: ImportProblem[]): SessionRecord[] {
  const first = new Map<string, SessionRecord>();
  return records.filter((r) => {
    if (!r.url || !/sched\.(?:com|co)\//.test(r.url)) return true;
    const owner = first.get(r.sessionKey);
    if (!owner) {
      first.set(r.sessionKey, r);
      return true;
    }
    if (sameTalk(owner.title, r.title)) return true;
    problems.push({
      where: `${where} ${r.sessionKey}`,
      message: `sched id ${r.sessionKey} is linked to two different talks, "${owner.title}" and "${r.title}"; kept the first`,
    });
    return false;
  });
}

function itemName(item: FeedItem, index: number): string {
  return item.title ? `item "${item.title.slice(0, 80)}"` : item.link ? `item ${item.link}` : `item ${index + 1}`;
}

export function scrapeFeed(xml: string, where: string): ScrapeResult {
  const feed = parseFeed(xml, where);
  const problems: ImportProblem[] = [];
  const sessions = feed.items.flatMap((item, index) => {
    // One post that cannot be read (say, nested past any reader's patience) costs that post only.
    try {
      return dropIdClashes(extractSessions(item, { link: feed.link, title: feed.title }), where, problems);
    } catch (error) {
      problems.push({
        where: `${where} ${itemName(item, index)}`,
        message: `could not read the post: ${errorMessage(error)}`,
      });
      return [];
    }
  });
  return { feed, sessions: foldRecordings(mergeDuplicates(sessions)), problems };
}

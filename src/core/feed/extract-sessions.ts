// Finds the sessions a blog post links to on sched.com and turns them into SessionRecords.
import * as cheerio from 'cheerio';
import type { SessionRecord } from '../../shared/types';
import { cleanText } from '../text/normalize';
import type { FeedItem } from './parse-feed';
import { eventFromSubdomain, parseSchedLink } from './sched-ids';

export function extractSessions(item: FeedItem): SessionRecord[] {
  const $ = cheerio.load(item.html);
  const sessions: SessionRecord[] = [];
  $('a[href]').each((_, element) => {
    const href = $(element).attr('href') ?? '';
    const link = parseSchedLink(href);
    const title = cleanText($(element).text());
    if (!link || !title) return;
    sessions.push({
      id: link.id,
      url: href.split('?')[0]!,
      title,
      kind: 'talk',
      event: link.subdomain ? eventFromSubdomain(link.subdomain) : null,
      track: null,
      date: null,
      start: null,
      end: null,
      timeZone: null,
      room: null,
      speakers: [],
      abstract: null,
      sourceItem: item.link,
    });
  });
  return sessions;
}

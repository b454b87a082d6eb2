// What a whole post tells every session in it (event, year, base URL), and how a found session
// becomes a SessionRecord: event and zone, day and time, a stable id when there is no sched id.
import type { SessionKind, SessionRecord, SpeakerRef } from '../../shared/types';
import { cleanText, matchKey } from '../text/normalize';
import { eventFromSubdomain, eventFromText, knownEvent } from './events';
import type { FeedItem } from './parse-feed';
import type { SessionLink } from './sched-ids';
import { combine, resolveDay, type DayInfo, type TimeRange } from './when';

export interface PostContext {
  item: FeedItem;
  base: string | null;
  year: number | null;
  event: string | null;
}

export function postContext(item: FeedItem, feedLink: string | null, feedTitle: string | null): PostContext {
  const published = item.published ? new Date(item.published) : null;
  const year = published && !Number.isNaN(published.getTime()) ? published.getUTCFullYear() : null;
  const event =
    eventFromText(item.title ?? '', year) ??
    eventFromText(item.html.slice(0, 4000).replace(/<[^>]+>/g, ' '), year) ??
    eventFromText(feedTitle ?? '', year);
  return { item, base: item.base ?? item.link ?? feedLink, year, event };
}

/** A link as an absolute http(s) URL, resolved against the item's xml:base, or its (or the feed's) link. */
export function resolveHref(href: string, base: string | null): string | null {
  try {
    const url = base ? new URL(href, base) : new URL(href);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : null;
  } catch {
    return null;
  }
}

export interface FoundSession {
  link: SessionLink | null;
  title: string;
  kind: SessionKind;
  speakers: SpeakerRef[];
  track: string | null;
  day: DayInfo | null;
  times: TimeRange | null;
  room: string | null;
  abstract: string | null;
}

function hash(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i += 1) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0).toString(36);
}

function yearOf(event: string | null): number | null {
  const m = event ? /(20\d\d)$/.exec(event) : null;
  return m ? +m[1]! : null;
}

export function eventYear(ctx: PostContext): number | null {
  return yearOf(ctx.event) ?? ctx.year;
}

export function toRecord(found: FoundSession, ctx: PostContext): SessionRecord {
  const event = (found.link?.subdomain ? eventFromSubdomain(found.link.subdomain) : null) ?? ctx.event;
  const known = knownEvent(event);
  const day = found.day ? resolveDay(found.day, known) : null;
  const when = combine(day, found.times, known?.timeZone ?? null);
  const title = cleanText(found.title) ?? found.title;
  return {
    // Sessions without a sched link are keyed by event and title, so two posts naming one agree.
    sessionKey: found.link?.id ?? `feed-${hash(`${matchKey(event ?? '')}|${matchKey(title)}`)}`,
    url: found.link?.url ?? null,
    title,
    kind: found.kind,
    event,
    track: found.track,
    date: when.date,
    start: when.start,
    end: when.end,
    timeZone: known?.timeZone ?? null,
    room: cleanText(found.room),
    speakers: found.speakers,
    abstract: found.abstract?.trim() || null,
    // Only a web page is a post a user can open: javascript:, data: and file: links are not kept.
    sourceItem: ctx.item.link && /^https?:\/\//i.test(ctx.item.link) ? ctx.item.link : null,
  };
}

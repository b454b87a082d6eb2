// Finds every session a blog post lists: sched (and YouTube) links in lists, paragraphs, headings and
// tables, with the title, kind, speakers, track, day, time, room and abstract the post gives them.
import { load } from 'cheerio/slim';
import type { Element } from 'domhandler';
import type { SessionKind, SessionRecord, SpeakerRef } from '../../shared/types';
import { BLOCK_TAGS, HEADING, closestBlock, findAll, isElement, nextElement, textOf, walkTree } from './dom-text';
import { extractTable } from './extract-table';
import { HeadingStack, readHeading } from './headings';
import { kindFromSentence, kindFromSlug, kindFromTitle, kindFromWords, kindPrefix } from './kinds';
import type { FeedItem } from './parse-feed';
import { eventYear, postContext, resolveHref, toRecord, type FoundSession, type PostContext } from './post-context';
import { isGenericLinkText, parseSessionLink, type SessionLink } from './sched-ids';
import { compact, slugAfterTitle } from './slug-text';
import { speakersAfter, speakersBefore, speakersBetween, splitLinkText } from './speaker-phrase';
import { parseSpeakerList } from './speakers';
import { speakersInProseBelow } from './prose-speakers';
import { dayOnly, readLeadIn } from './line-roles';
import { boundedNesting } from './nesting';
import { readFieldList } from './field-list';
import { linkPlainUrls, mayHavePlainLinks } from './plain-links';
import { isWhenLine, readDay, readTimes, type DayInfo, type TimeRange } from './when';

export interface FeedInfo {
  link: string | null;
  title: string | null;
}

const MAX_ABSTRACT = 4000;

const links = new WeakMap<Element, SessionLink | null>();

/** The session an anchor links to, if any (worked out once per anchor: URL parsing is not free). */
function linkOf(a: Element, ctx: PostContext): SessionLink | null {
  const cached = links.get(a);
  if (cached !== undefined) return cached;
  const href = a.attribs['href'];
  const url = href ? resolveHref(href, ctx.base) : null;
  const link = url ? parseSessionLink(url) : null;
  links.set(a, link);
  return link;
}

interface BlockText {
  anchors: Element[];
  /** gaps[i]: the text before anchors[i] (after the one before it); the last gap follows the last anchor. */
  gaps: string[];
}

const blockTexts = new WeakMap<Element, BlockText>();

/**
 * A block's text split at its links, in one walk per block (a post that puts every session in one
 * big <div> must not be walked once per link). Line breaks (<br>, inner blocks) are kept as "\n":
 * posts put speakers, date and abstract on lines under a link.
 */
function blockText(block: Element, ctx: PostContext, current: Element): BlockText {
  const cached = blockTexts.get(block);
  if (cached && cached.anchors.includes(current)) return cached;
  const anchors: Element[] = [];
  const gaps: string[] = [''];
  const add = (text: string) => {
    gaps[gaps.length - 1] += text;
  };
  walkTree(block, {
    enter(node) {
      if (node.type === 'text') {
        add((node as unknown as { data: string }).data.replace(/\s+/g, ' '));
        return false;
      }
      if (!isElement(node) || node.type !== 'tag') return false;
      if (node.name === 'a' && (node === current || linkOf(node, ctx))) {
        anchors.push(node);
        gaps.push('');
        return false;
      }
      if (node.name === 'br') add('\n');
      return true;
    },
    leave(node) {
      if (node !== block && isElement(node) && BLOCK_TAGS.has(node.name)) add('\n');
    },
  });
  const text = { anchors, gaps };
  blockTexts.set(block, text);
  return text;
}

/** The block's text before the link (since the previous session link) and after it (up to the next). */
function textAround(
  block: Element,
  link: Element,
  ctx: PostContext,
): { pre: string; post: string; beforeNextLink: boolean } {
  const { anchors, gaps } = blockText(block, ctx, link);
  const i = anchors.indexOf(link);
  const pre = gaps[i] ?? '';
  const post = gaps[i + 1] ?? '';
  return {
    pre: pre.replace(/\s+/g, ' ').trim(),
    post: post.replace(/[ \t]*\n[ \t]*/g, '\n').replace(/[ \t]+/g, ' '),
    beforeNextLink: i + 1 < anchors.length,
  };
}

function isBreak(element: Element, text: string, ctx: PostContext): boolean {
  if (HEADING.test(element.name) || element.name === 'table' || element.name === 'hr') return true;
  const links = findAll(element, (e) => e.name === 'a' && !!e.attribs['href']);
  if (links.some((a) => linkOf(a, ctx))) return true;
  // A paragraph that is nothing but a link starts the next entry.
  return links.length === 1 && textOf(links[0]!) === text;
}

const ROOM = /\b(?:room|location|where|venue|hall|stage)\s*:\s*([^|·•;\n]+?)\s*(?:[|·•;]|$)/i;

/** "Room: Pavilion 7" in a date line or a short line of its own. */
function readRoom(text: string): string | null {
  const match = text.length < 200 ? ROOM.exec(text) : null;
  return match ? match[1]!.trim() : null;
}

interface Followers {
  room: string | null;
  day: DayInfo | null;
  times: TimeRange | null;
  speakers: SpeakerRef[] | null;
  abstract: string[];
}

/** The date line, speaker line and abstract paragraphs under a session that stands on its own line. */
function readFollowers(block: Element, ctx: PostContext, year: number | null): Followers {
  const out: Followers = { room: null, day: null, times: null, speakers: null, abstract: [] };
  let length = 0;
  for (let sibling = nextElement(block); sibling && length < MAX_ABSTRACT; sibling = nextElement(sibling)) {
    const text = textOf(sibling);
    if (isBreak(sibling, text, ctx)) break;
    if (!['p', 'ul', 'ol', 'blockquote', 'div'].includes(sibling.name)) continue;
    if (!text) continue;
    if (!out.times && isWhenLine(text)) {
      out.day = readDay(text, year);
      out.times = readTimes(text);
      out.room ??= readRoom(text);
      continue;
    }
    if (!out.room && text.length < 100 && readRoom(text)) {
      out.room = readRoom(text);
      continue;
    }
    if (!out.speakers && out.abstract.length === 0 && text.length < 400) {
      const speakers = parseSpeakerList(text.replace(/^(?:speakers?|presenters?|by)\s*:?\s*/i, ''));
      if (speakers) {
        out.speakers = speakers;
        continue;
      }
    }
    out.abstract.push(text);
    length += text.length;
  }
  return out;
}

/**
 * The heading a generic link ("Add to your schedule") belongs to: the nearest heading above its block
 * with no other session link in between, so the heading is the session's title.
 */
function titleHeading(block: Element, ctx: PostContext): Element | null {
  const start = block.name === 'li' && block.parent && isElement(block.parent) ? block.parent : block;
  for (let n = start.prev; n; n = n.prev) {
    if (!isElement(n)) continue;
    if (HEADING.test(n.name)) return hasSessionLink(n, ctx) ? null : n;
    if (hasSessionLink(n, ctx)) return null;
  }
  return null;
}

function sessionFromLink(
  a: Element,
  link: SessionLink | null,
  headings: HeadingStack,
  ctx: PostContext,
  year: number | null,
): FoundSession | null {
  const block = closestBlock(a);
  if (!block) return null;
  const linkText = textOf(a);
  // Other links are sessions only as "Title - Speaker, Company": skip the rest for the many that are not.
  if (!link && !/\s[-–—|]\s/.test(linkText)) return null;
  // One id linked twice in a block ("[**Harbor Maintainers track**](x) … [Project Harbor, …](x)"):
  // the last link names the session, the earlier ones are labels on it.
  const sameId = link ? blockText(block, ctx, a).anchors.filter((x) => linkOf(x, ctx)?.id === link.id) : [a];
  if (sameId[sameId.length - 1] !== a) return null;
  const labels = sameId.slice(0, -1).map((x) => textOf(x));
  const around = textAround(block, a, ctx);
  // "9:45 - 10:15 GitOpsCon:", "Wed 18:", "**1:00 pm**:": the day, time and labels before the link
  // are the session's; only what is left is the post's prose.
  const lead = readLeadIn(around.pre, year);
  // "- Title: <link>" or "- **URL**: https://…" with "- Speakers: …", "- **Track**: SDLC" lines beside it.
  const fields = readFieldList(block, year);
  const pre = lead.rest;
  // The text right after the link holds speakers and/or the post's words; later lines may be a
  // speaker line, a date line, a "Room:" line or more of the abstract.
  const [rawSameLine = '', ...laterLines] = around.post.split('\n').map((l) => l.trim());
  // "<link> March 22nd - 14:00 - 14:35 (local time) Title - A, X & B, Y": a date line run on after the link.
  const trail = readLeadIn(rawSameLine, year);
  const trailWhen = trail.times !== null && trail.rest !== rawSameLine;
  const sameLine = trailWhen ? withoutTitle(trail.rest, linkText) : rawSameLine;
  const lines = [sameLine, ...laterLines.filter(Boolean)];
  const post = lines.join(' ').trim();
  const whenLine = lines.find((l) => isWhenLine(l)) ?? null;
  const speakerLine =
    laterLines.find(
      (l) =>
        l &&
        l !== whenLine &&
        l.length < 400 &&
        parseSpeakerList(l.replace(/^(?:speakers?|presenters?|by)\s*:?\s*/i, '')),
    ) ?? null;
  const laterProse = laterLines.filter((l) => l && l !== whenLine && l !== speakerLine && !readRoom(l));
  const firstLine = sameLine;
  const standalone =
    !pre &&
    block.name !== 'li' &&
    laterProse.length === 0 &&
    (laterLines.some(Boolean) || !sameLine.replace(/^[\s.,:;\-–—|]+/, ''));
  let followers = standalone ? readFollowers(block, ctx, year) : null;

  let title = linkText;
  let titleBefore = false;
  let videoSpeakers: SpeakerRef[] | null = null;
  if (!linkText || isGenericLinkText(linkText)) {
    // "Title – Jane Doe (<a>schedule</a>)": the words before a generic link name the session.
    const before = pre
      .replace(/[\s(:\-–—|,[]+$/, '')
      .replace(/\b(?:see|watch|details|schedule|slides|recording)\s*$/i, '')
      .trim();
    const heading = (before.length >= 8 && before.length <= 200) || fields?.title ? null : titleHeading(block, ctx);
    title = fields?.title ?? (heading ? textOf(heading) : before.length >= 8 && before.length <= 200 ? before : '');
    titleBefore = !heading && title !== '';
    // What sits between the title heading and the link (speakers, date line, abstract) is the session's.
    if (heading) followers = readFollowers(heading, ctx, year);
    // "[The second talk](…)" with the recording embedded below: the video's title names the session.
    if (!title) title = videoTitleNear(block, ctx) ?? '';
  } else if (link?.kind === 'sched') {
    videoSpeakers = speakersInVideoTitle(block, ctx, linkText, link.slug);
  }
  if (!title) return null;
  const split = splitLinkText(title, link?.slug ?? null);
  title = split.title;
  // "- Title - Names <a>Link</a> - Next Title …" in one paragraph: with the title before the link, a
  // list marker after it starts the next entry.
  const nextEntry = titleBefore && /^\s*[-*•]\s/.test(firstLine);
  const after =
    split.speakers || nextEntry
      ? null
      : speakersAfter(firstLine === whenLine ? '' : firstLine, link?.slug ?? null, title);
  const speakers =
    split.speakers ??
    fields?.speakers ??
    after?.speakers ??
    (speakerLine ? parseSpeakerList(speakerLine.replace(/^(?:speakers?|presenters?|by)\s*:?\s*/i, '')) : null) ??
    followers?.speakers ??
    speakersBefore(pre, link?.slug ?? null) ??
    // "Vadim Bauer, Yan Wang and Orlin Vasilev - will be presenting …" on the line under the link.
    (speakerLine
      ? null
      : speakersInProseBelow(
          laterLines,
          around.beforeNextLink,
          (l) => l === whenLine || readRoom(l) !== null,
          link?.slug ?? null,
          title,
        )) ??
    (labels.length > 0 ? speakersBetween(pre) : null) ??
    videoSpeakers;
  const nearby = `${pre} ${post}`;

  if (!link) {
    // A non-sched link counts only when the post presents it as a session: speakers in the link text and a date line.
    if (!split.speakers || !followers?.times) return null;
  } else if (link.kind === 'youtube') {
    // A video is a session only where the post presents it as one: named speakers, words like
    // "panel"/"talk" around it, or a heading announcing talks or recordings.
    const evidence =
      kindFromWords(nearby) !== null ||
      speakers !== null ||
      /\b(?:talk|session|presentation|keynote|recording)\b/i.test(nearby) ||
      headings.announcesSessions;
    if (!evidence) return null;
  }

  const kind: SessionKind =
    kindFromTitle(title) ??
    kindFromSlug(link?.slug ?? null) ??
    lead.kind ??
    (pre.length < 40 ? kindPrefix(`${pre} `)?.kind : null) ??
    kindFromSentence(pre) ??
    (link?.kind === 'youtube' ? kindFromWords(nearby) : null) ??
    headings.kind ??
    'talk';

  let day = fields?.day ?? followers?.day ?? (trailWhen ? trail.day : null);
  let times = fields?.times ?? followers?.times ?? (trailWhen ? trail.times : null);
  if (!times && whenLine) {
    day = readDay(whenLine, year);
    times = readTimes(whenLine);
  } else if (!times && post.length < 200 && isWhenLine(post)) {
    day = readDay(post, year);
    times = readTimes(post);
  }
  // "11:00 - 11:35: <link>" or "<link> (2:30pm)": a bare time next to the link, on the day above.
  if (!times)
    times =
      lead.times ?? (pre.length < 60 ? readTimes(pre) : null) ?? (sameLine.length < 120 ? readTimes(sameLine) : null);
  if (!day || (day.date === null && day.weekday === null && day.dayNumber === null)) day = lead.day;
  // A list item whose own line is a day or date line ("- Tuesday, October 25 • 4:15pm–4:45pm") holds
  // the sessions nested under it.
  if (!times) {
    // "<li><p><link> led by …</p><ul><li>Tuesday, December 11 @ 10:50 AM PST</li></ul></li>"
    const below = whenBelow(block, ctx, year);
    if (below) {
      times = below.times;
      if (!day || (day.date === null && day.weekday === null && day.dayNumber === null)) day = below.day;
    }
  }
  // "Tuesday, November 7 - A [Link] - B [Link]" in one paragraph: the day written before an earlier link holds.
  if (!day || (day.date === null && day.weekday === null && day.dayNumber === null))
    day = dayEarlierInBlock(block, a, ctx, year);
  if (!day || !times) {
    const outer = outerWhen(block, year);
    if (!day && outer?.day) day = outer.day;
    if (!times && outer?.times) times = outer.times;
  }
  if (!day) day = headings.day;
  const ownWords = [after && !after.onlySpeakers ? after.rest.trim() : '', ...laterProse].filter(Boolean).join('\n\n');
  const abstract = [ownWords, ...(followers?.abstract ?? [])].filter(Boolean).join('\n\n') || null;
  return {
    link,
    title,
    kind,
    speakers: speakers ?? [],
    track:
      labelTrack(labels) ??
      (fields?.track !== undefined ? fields.track : lead.track !== undefined ? lead.track : headings.track),
    day,
    times,
    room: fields?.room ?? followers?.room ?? lines.map(readRoom).find(Boolean) ?? null,
    abstract: abstract && abstract.length > MAX_ABSTRACT ? `${abstract.slice(0, MAX_ABSTRACT)}…` : abstract,
  };
}

/** "Title - A, X": a line that repeats the link's title before the speakers loses the title. */
function withoutTitle(line: string, title: string): string {
  const a = compact(line);
  const t = compact(title);
  if (!t || !a.startsWith(t)) return line;
  let seen = '';
  for (let i = 0; i < line.length; i += 1) {
    seen += compact(line[i]!);
    if (seen.length >= t.length) return line.slice(i + 1);
  }
  return '';
}

/** A label link naming a track ("Harbor Maintainers track") gives the session that track. */
function labelTrack(labels: string[]): string | null {
  for (const label of labels) {
    const m = /\b((?:maintainers?|contributors?|project|community|lightning talks?)\s+track)\s*$/i.exec(label.trim());
    if (m) return m[1]!.charAt(0).toUpperCase() + m[1]!.slice(1);
  }
  return null;
}

/** The elements after a block, up to the next session link or heading (what a post says of that session). */
function* siblingsAfter(block: Element, ctx: PostContext, limit = 8): Generator<Element> {
  let n = 0;
  for (let sibling = nextElement(block); sibling && n < limit; sibling = nextElement(sibling), n += 1) {
    if (HEADING.test(sibling.name) || sibling.name === 'hr' || hasSchedLink(sibling, ctx)) return;
    yield sibling;
  }
}

/** The title of a video embedded right after the block ("KubeCon 2023 NA – Title - Speaker"). */
function videoTitleNear(block: Element, ctx: PostContext): string | null {
  for (const sibling of siblingsAfter(block, ctx)) {
    const frame = sibling.name === 'iframe' ? sibling : findAll(sibling, (e) => e.name === 'iframe')[0];
    const title = frame?.attribs['title']?.trim();
    if (title) return title.replace(/^(?:kube\s*con|cloud\s*native\s*con)\b[^–—-]{0,40}\s[–—-]\s+/i, '');
  }
  return null;
}

/** Letters and digits a video's title needs before a slug that spells it identifies the session. */
const MIN_VIDEO_TITLE = 15;

/** Speakers a video embedded after the block names for the same title ("Title - Vadim Bauer"). */
function speakersInVideoTitle(
  block: Element,
  ctx: PostContext,
  title: string,
  slug: string | null,
): SpeakerRef[] | null {
  const video = videoTitleNear(block, ctx);
  if (!video) return null;
  const split = splitLinkText(video, slug);
  // The post may shorten or reword the title ("Proxying" for Sched's "Proxy"): a slug that spells the
  // video's title shows it is the same session, unless that title is short and generic ("Lightning
  // Talk", "Keynote") and so is spelled by many slugs.
  const videoTitle = compact(split.title);
  const same =
    videoTitle.includes(compact(title).slice(0, 20)) ||
    (slug !== null && videoTitle.length >= MIN_VIDEO_TITLE && slugAfterTitle(slug, split.title) !== null);
  return split.speakers && same ? split.speakers : null;
}

/** A day or date line among the next few elements after the block (before the next session). */
function whenBelow(block: Element, ctx: PostContext, year: number | null): { day: DayInfo; times: TimeRange } | null {
  // The date may be the next list item when the post's list was flattened ("<li><p>link</p></li><li><p>date</p></li>").
  let from = block;
  while (!nextElement(from) && from.parent && isElement(from.parent) && ['li', 'div'].includes(from.parent.name))
    from = from.parent;
  for (const sibling of siblingsAfter(from, ctx, 3)) {
    const text = textOf(sibling).replace(/^(?:when|date|time)\s*:\s*/i, '');
    if (isWhenLine(text)) return { day: readDay(text, year), times: readTimes(text)! };
  }
  return null;
}

/** The day a lead-in before an earlier link of the same block gives. */
function dayEarlierInBlock(block: Element, a: Element, ctx: PostContext, year: number | null): DayInfo | null {
  const { anchors, gaps } = blockText(block, ctx, a);
  for (let i = anchors.indexOf(a); i >= 0; i -= 1) {
    const day = readLeadIn(gaps[i]!.replace(/\s+/g, ' '), year).day;
    if (day) return day;
  }
  return null;
}

/** The day and time a list item above the block states on its own line, before its nested list. */
function outerWhen(block: Element, year: number | null): { day: DayInfo | null; times: TimeRange | null } | null {
  for (let p = block.parent; p; p = p.parent) {
    if (!isElement(p) || p.name !== 'li') continue;
    const own: string[] = [];
    for (const child of p.children) {
      if (isElement(child) && (child.name === 'ul' || child.name === 'ol')) break;
      own.push(textOf(child));
    }
    const line = own.join(' ').replace(/\s+/g, ' ').trim();
    if (!line || line.length > 120) continue;
    const day = readDay(line, year);
    const hasDay = day.date !== null || day.weekday !== null || day.dayNumber !== null;
    const times = readTimes(line);
    if (hasDay || times) return { day: hasDay ? day : null, times };
  }
  return null;
}

function hasSessionLink(element: Element, ctx: PostContext): boolean {
  return findAll(element, (e) => e.name === 'a' && !!e.attribs['href']).some((a) => linkOf(a, ctx));
}

export function extractSessions(item: FeedItem, feed: FeedInfo = { link: null, title: null }): SessionRecord[] {
  // Most posts in a blog feed list no sessions: skip the HTML parse unless a session link or a
  // schedule table could be there (relative links count when the body's xml:base is such a site).
  const maySessions = /sched\.com\/event\/|sched\.co\/|youtube\.com\/|youtu\.be\/|<table/i;
  if (!maySessions.test(item.html) && !/sched\.com|sched\.co|youtube\.com|youtu\.be/i.test(item.base ?? '')) return [];
  const ctx = postContext(item, feed.link, feed.title);
  const year = eventYear(ctx);
  // One wrapping block: a body that is just text and links (no <p>) still gives each link a block
  // to read its speakers from.
  const $ = load(`<div>${boundedNesting(item.html)}</div>`, {}, false);
  if (mayHavePlainLinks(item.html)) linkPlainUrls($, $.root()[0]!);
  const headings = new HeadingStack();
  const found: FoundSession[] = [];
  walkTree($.root()[0]!, {
    enter(child) {
      if (child.type === 'root') return true;
      if (!isElement(child) || child.type !== 'tag') return false;
      const heading = HEADING.exec(child.name);
      if (heading && !hasSessionLink(child, ctx)) {
        headings.push(readHeading(textOf(child), +heading[1]!, year));
      } else if (child.name === 'p' && isDayLine(child, year)) {
        // "**Monday Nov 10th**" on a line of its own heads the sessions under it like a heading would.
        headings.push({ ...readHeading(textOf(child), 7, year), kind: null });
      } else if (child.name === 'table') {
        found.push(...extractTable(child, headings, ctx, year));
      } else if (child.name === 'a' && child.attribs['href']) {
        const link = linkOf(child, ctx);
        const block = closestBlock(child);
        // A recording next to a sched link is that session's video, not another session.
        if (link?.kind === 'youtube' && block && hasSchedLink(block, ctx)) return false;
        const session = sessionFromLink(child, link, headings, ctx, year);
        if (session) found.push(session);
      } else return true;
      return false;
    },
  });
  return found.map((f) => toRecord(f, ctx));
}

/** A paragraph that is only a day, in bold or as "Date: …": a heading in all but name. */
function isDayLine(p: Element, year: number | null): boolean {
  const text = textOf(p);
  if (!text || text.length > 60 || findAll(p, (e) => e.name === 'a').length > 0) return false;
  return dayOnly(text.replace(/^(?:date|day|when)\s*:\s*/i, ''), year) !== null;
}

function hasSchedLink(block: Element, ctx: PostContext): boolean {
  return findAll(block, (e) => e.name === 'a' && !!e.attribs['href']).some((a) => linkOf(a, ctx)?.kind === 'sched');
}

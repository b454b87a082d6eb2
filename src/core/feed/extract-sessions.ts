// Finds every session a blog post lists: sched (and YouTube) links in lists, paragraphs, headings and
// tables, with the title, kind, speakers, track, day, time, room and abstract the post gives them.
// Each link is read here from the pieces around it: its block's text (block-text), the lines under it
// (followers), its title (session-title, video-title), its speakers (speaker-phrase, prose-speakers)
// and its day and time (session-when).
import { load } from 'cheerio/slim';
import type { Element } from 'domhandler';
import type { SessionKind, SessionRecord, SpeakerRef } from '../../shared/types';
import { blockText, hasSchedLink, hasSessionLink, linkOf, textAround } from './block-text';
import { HEADING, closestBlock, isElement, textOf, walkTree } from './dom-text';
import { extractTable } from './extract-table';
import { readFieldList } from './field-list';
import { MAX_ABSTRACT, readFollowers, readRoom } from './followers';
import { HeadingStack, labelTrack, readHeading } from './headings';
import { kindFromSentence, kindFromSlug, kindFromTitle, kindFromWords, kindPrefix } from './kinds';
import { readLeadIn } from './line-roles';
import { boundedNesting } from './nesting';
import type { FeedItem } from './parse-feed';
import { linkPlainUrls, mayHavePlainLinks } from './plain-links';
import { eventYear, postContext, toRecord, type FoundSession, type PostContext } from './post-context';
import { speakersInProseBelow } from './prose-speakers';
import { isGenericLinkText, type SessionLink } from './sched-ids';
import { carryWhen, isDayLine } from './session-when';
import { titleForGenericLink, withoutTitle } from './session-title';
import { speakersAfter, speakersBefore, speakersBetween, splitLinkText } from './speaker-phrase';
import { parseSpeakerList } from './speakers';
import { speakersInVideoTitle } from './video-title';
import { isWhenLine } from './when';

export interface FeedInfo {
  link: string | null;
  title: string | null;
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
    const given = titleForGenericLink(pre, block, ctx, fields?.title);
    title = given.title;
    titleBefore = given.before;
    // What sits between the title heading and the link (speakers, date line, abstract) is the session's.
    if (given.heading) followers = readFollowers(given.heading, ctx, year);
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

  const { day, times } = carryWhen(
    {
      day: fields?.day ?? followers?.day ?? (trailWhen ? trail.day : null),
      times: fields?.times ?? followers?.times ?? (trailWhen ? trail.times : null),
      whenLine,
      post,
      sameLine,
      lead,
      pre,
    },
    block,
    a,
    ctx,
    year,
    headings,
  );
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

// The day and time of a session, where the post writes them: on the session's own lines, next to the
// link, in a list item or paragraph around it, or once above a run of sessions (a heading, a bold day
// line) and carried down to each.
import type { Element } from 'domhandler';
import { blockText, siblingsAfter } from './block-text';
import { findAll, isElement, nextElement, textOf } from './dom-text';
import type { HeadingStack } from './headings';
import { dayOnly, readLeadIn, type LeadIn } from './line-roles';
import type { PostContext } from './post-context';
import { isWhenLine, readDay, readTimes, type DayInfo, type TimeRange } from './when';

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

/** A paragraph that is only a day, in bold or as "Date: …": a heading in all but name. */
export function isDayLine(p: Element, year: number | null): boolean {
  const text = textOf(p);
  if (!text || text.length > 60 || findAll(p, (e) => e.name === 'a').length > 0) return false;
  return dayOnly(text.replace(/^(?:date|day|when)\s*:\s*/i, ''), year) !== null;
}

/** What a session's own text says of its day and time. */
export interface WhenNearLink {
  /** From a field list, the lines under the session or a date line run on after the link. */
  day: DayInfo | null;
  times: TimeRange | null;
  /** A date line among the lines after the link. */
  whenLine: string | null;
  /** All the text after the link, and the line it ends. */
  post: string;
  sameLine: string;
  /** The lead-in before the link, and the prose left of it. */
  lead: LeadIn;
  pre: string;
}

function noDay(day: DayInfo | null): boolean {
  return !day || (day.date === null && day.weekday === null && day.dayNumber === null);
}

/** The session's day and time: its own first, then what the block, the list around it and the headings above carry. */
export function carryWhen(
  near: WhenNearLink,
  block: Element,
  a: Element,
  ctx: PostContext,
  year: number | null,
  headings: HeadingStack,
): { day: DayInfo | null; times: TimeRange | null } {
  const { whenLine, post, pre, sameLine, lead } = near;
  let { day, times } = near;
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
  if (noDay(day)) day = lead.day;
  // A list item whose own line is a day or date line ("- Tuesday, October 25 • 4:15pm–4:45pm") holds
  // the sessions nested under it.
  if (!times) {
    // "<li><p><link> led by …</p><ul><li>Tuesday, December 11 @ 10:50 AM PST</li></ul></li>"
    const below = whenBelow(block, ctx, year);
    if (below) {
      times = below.times;
      if (noDay(day)) day = below.day;
    }
  }
  // "Tuesday, November 7 - A [Link] - B [Link]" in one paragraph: the day written before an earlier link holds.
  if (noDay(day)) day = dayEarlierInBlock(block, a, ctx, year);
  if (!day || !times) {
    const outer = outerWhen(block, year);
    if (!day && outer?.day) day = outer.day;
    if (!times && outer?.times) times = outer.times;
  }
  if (!day) day = headings.day;
  return { day, times };
}

// A block's text split at its session links, and the links themselves: what the rest of the scraper
// reads around each link (the text before and after it, the elements after its block).
import type { Element } from 'domhandler';
import { BLOCK_TAGS, HEADING, findAll, isElement, nextElement, walkTree } from './dom-text';
import { resolveHref, type PostContext } from './post-context';
import { parseSessionLink, type SessionLink } from './sched-ids';

const links = new WeakMap<Element, SessionLink | null>();

/** The session an anchor links to, if any (worked out once per anchor: URL parsing is not free). */
export function linkOf(a: Element, ctx: PostContext): SessionLink | null {
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
export function blockText(block: Element, ctx: PostContext, current: Element): BlockText {
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
export function textAround(
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

export function hasSessionLink(element: Element, ctx: PostContext): boolean {
  return findAll(element, (e) => e.name === 'a' && !!e.attribs['href']).some((a) => linkOf(a, ctx));
}

export function hasSchedLink(block: Element, ctx: PostContext): boolean {
  return findAll(block, (e) => e.name === 'a' && !!e.attribs['href']).some((a) => linkOf(a, ctx)?.kind === 'sched');
}

/** The elements after a block, up to the next session link or heading (what a post says of that session). */
export function* siblingsAfter(block: Element, ctx: PostContext, limit = 8): Generator<Element> {
  let n = 0;
  for (let sibling = nextElement(block); sibling && n < limit; sibling = nextElement(sibling), n += 1) {
    if (HEADING.test(sibling.name) || sibling.name === 'hr' || hasSchedLink(sibling, ctx)) return;
    yield sibling;
  }
}

// The title a session gets beyond its link text: the name the post gives next to a link whose text is
// not one ("sched", "Link", "This talk"), and a run-on line that repeats the title before the speakers.
import type { Element } from 'domhandler';
import { hasSessionLink } from './block-text';
import { HEADING, isElement, textOf } from './dom-text';
import type { PostContext } from './post-context';
import { compact } from './slug-text';
import { videoTitleNear } from './video-title';

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

export interface GivenTitle {
  /** The session's name; '' when the post gives none. */
  title: string;
  /** The title is the text before the link in the same block. */
  before: boolean;
  /** The heading that names the session, when that is where the title came from. */
  heading: Element | null;
}

/**
 * The name the post gives a session whose link text is not one: a field list's "Title:", the words
 * before the link ("Title – Jane Doe (<a>schedule</a>)"), the heading above, or the title of the
 * recording embedded below ("[The second talk](…)").
 */
export function titleForGenericLink(
  pre: string,
  block: Element,
  ctx: PostContext,
  fieldTitle: string | null | undefined,
): GivenTitle {
  const before = pre
    .replace(/[\s(:\-–—|,[]+$/, '')
    .replace(/\b(?:see|watch|details|schedule|slides|recording)\s*$/i, '')
    .trim();
  const fits = before.length >= 8 && before.length <= 200;
  const heading = fits || fieldTitle ? null : titleHeading(block, ctx);
  const title = fieldTitle ?? (heading ? textOf(heading) : fits ? before : '');
  const titleBefore = !heading && title !== '';
  return { title: title || (videoTitleNear(block, ctx) ?? ''), before: titleBefore, heading };
}

/** "Title - A, X": a line that repeats the link's title before the speakers loses the title. */
export function withoutTitle(line: string, title: string): string {
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

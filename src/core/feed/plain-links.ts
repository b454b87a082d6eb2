// Session links a post writes as text rather than as links: a URL after "**URL**:" or "Sched:", and a
// Markdown link the site did not render because of a stray space ("[Title] (https://sched.co/…)",
// "[Title](https://sched.co/… )"). Each becomes an <a>, so it is read like any other session link.
import type { CheerioAPI } from 'cheerio/slim';
import type { AnyNode, Element, Text } from 'domhandler';
import { isElement, walkTree } from './dom-text';

// A sched URL in running text; it ends at a space, a bracket or a quote.
const PLAIN_URL = /https?:\/\/[\w.-]*sched\.com?\/[^\s<>()"'\]]*/gi;
// "[Title] (" or "[Title](" just before the URL, and the ")" after it.
const MARKDOWN_OPEN = /\[([^[\]]{2,300})\]\s*\(\s*$/;
const MARKDOWN_CLOSE = /^\s*\)/;

/** True when the post may hold a sched URL outside any tag (a quick test before the tree is walked). */
export function mayHavePlainLinks(html: string): boolean {
  return /(?:^|[>\s(])https?:\/\/[\w.-]*sched\.com?\//i.test(html);
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]!);
}

/** The text with each plain sched URL (and a broken Markdown link around it) turned into an <a>. */
function linked(text: string): string | null {
  let out = '';
  let last = 0;
  for (const match of text.matchAll(PLAIN_URL)) {
    const url = match[0].replace(/[.,;:!?]+$/, '');
    let before = text.slice(last, match.index);
    let after = match.index + url.length;
    let label = url;
    const open = MARKDOWN_OPEN.exec(before);
    const close = MARKDOWN_CLOSE.exec(text.slice(after));
    if (open && close) {
      label = open[1]!.trim();
      before = before.slice(0, open.index);
      after += close[0].length;
    }
    out += `${escapeHtml(before)}<a href="${escapeHtml(url)}">${escapeHtml(label)}</a>`;
    last = after;
  }
  return last === 0 ? null : out + escapeHtml(text.slice(last));
}

/** Turns the plain sched URLs of a parsed post into links (before anything reads the tree). */
export function linkPlainUrls($: CheerioAPI, root: AnyNode): void {
  const found: { node: Text; html: string }[] = [];
  walkTree(root, {
    enter(node) {
      if (node.type === 'text') {
        const html = linked((node as Text).data);
        if (html !== null) found.push({ node: node as Text, html });
        return false;
      }
      if (node.type === 'root') return true;
      // Text inside a link, a script or code is not a second link.
      return isElement(node) && node.type === 'tag' && !['a', 'code', 'pre'].includes((node as Element).name);
    },
  });
  for (const { node, html } of found) $(node).replaceWith(html);
}

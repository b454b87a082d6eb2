// Small helpers over the parsed HTML tree (domhandler nodes from cheerio's htmlparser2 parse).
import type { AnyNode, Element } from 'domhandler';

export const BLOCK_TAGS = new Set([
  'p',
  'li',
  'dd',
  'dt',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'blockquote',
  'figcaption',
  'td',
  'th',
  'div',
  'section',
  'article',
]);
export const HEADING = /^h([1-6])$/;

export function isElement(node: AnyNode | null | undefined): node is Element {
  return !!node && (node.type === 'tag' || node.type === 'script' || node.type === 'style');
}

// The tree is never changed while a post is read, so an element's text is worked out once.
const texts = new WeakMap<AnyNode, string>();

/** The text of a node as a reader sees it: <br> and block ends become spaces; script/style dropped. */
export function textOf(node: AnyNode): string {
  const cached = texts.get(node);
  if (cached !== undefined) return cached;
  const text = computeText(node);
  texts.set(node, text);
  return text;
}

function computeText(node: AnyNode): string {
  const parts: string[] = [];
  const walk = (n: AnyNode): void => {
    if (n.type === 'text') parts.push((n as unknown as { data: string }).data);
    else if (isElement(n)) {
      if (n.type !== 'tag') return;
      if (n.name === 'br') parts.push(' ');
      for (const child of n.children) walk(child);
      if (BLOCK_TAGS.has(n.name) || n.name === 'tr') parts.push(' ');
    }
  };
  walk(node);
  return parts.join('').replace(/\s+/g, ' ').trim();
}

export function closestBlock(node: Element): Element | null {
  for (let p = node.parent; p; p = p.parent) {
    if (isElement(p) && (BLOCK_TAGS.has(p.name) || p.name === 'tr')) return p;
  }
  return null;
}

export function nextElement(node: Element): Element | null {
  for (let n = node.next; n; n = n.next) if (isElement(n)) return n;
  return null;
}

export function findAll(node: AnyNode, test: (e: Element) => boolean, out: Element[] = []): Element[] {
  if (isElement(node)) {
    if (test(node)) out.push(node);
    for (const child of node.children) findAll(child, test, out);
  } else if ('children' in node && Array.isArray((node as { children?: AnyNode[] }).children)) {
    for (const child of (node as { children: AnyNode[] }).children) findAll(child, test, out);
  }
  return out;
}

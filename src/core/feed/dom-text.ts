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
  walkTree(node, {
    enter(n) {
      if (n.type === 'text') parts.push((n as unknown as { data: string }).data);
      else if (isElement(n)) {
        if (n.type !== 'tag') return false;
        if (n.name === 'br') parts.push(' ');
      }
      return true;
    },
    leave(n) {
      if (isElement(n) && (BLOCK_TAGS.has(n.name) || n.name === 'tr')) parts.push(' ');
    },
  });
  return parts.join('').replace(/\s+/g, ' ').trim();
}

export interface TreeVisitor {
  /** Called in document order; return false to skip the node's children. */
  enter(node: AnyNode): boolean;
  /** Called after the node's children (only for nodes whose children were entered). */
  leave?(node: AnyNode): void;
}

function childrenOf(node: AnyNode): AnyNode[] | null {
  const children = (node as { children?: AnyNode[] }).children;
  return Array.isArray(children) && children.length > 0 ? children : null;
}

/**
 * Walks a tree in document order with an explicit stack, never the call stack: a post nested
 * 200,000 elements deep is walked in linear time instead of overflowing the stack.
 */
export function walkTree(root: AnyNode, visitor: TreeVisitor): void {
  const stack: { node: AnyNode; children: AnyNode[] | null; next: number }[] = [];
  const visit = (node: AnyNode) => {
    if (!visitor.enter(node)) return;
    stack.push({ node, children: childrenOf(node), next: 0 });
  };
  visit(root);
  while (stack.length > 0) {
    const top = stack[stack.length - 1]!;
    if (top.children && top.next < top.children.length) {
      visit(top.children[top.next++]!);
    } else {
      stack.pop();
      visitor.leave?.(top.node);
    }
  }
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
  walkTree(node, {
    enter(n) {
      if (isElement(n) && test(n)) out.push(n);
      return true;
    },
  });
  return out;
}

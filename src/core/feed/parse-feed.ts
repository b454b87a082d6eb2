// Parses RSS 2.0, RSS 1.0 (RDF) and Atom documents into items with their HTML bodies.
import { load } from 'cheerio/slim';
import { XMLValidator } from 'fast-xml-parser';
import { errorMessage, KubeplanError } from '../../shared/errors';
import { CDATA, decodeXml, feedXmlParser } from './xml-reader';

export interface FeedItem {
  title: string | null;
  link: string | null;
  published: string | null;
  /** The item's body as HTML (content:encoded, content or description/summary). */
  html: string;
  /** What relative links in the body resolve against, when the feed says (Atom's xml:base). */
  base?: string | null;
}

export interface FeedDocument {
  title: string | null;
  link: string | null;
  items: FeedItem[];
}

type Node = Record<string, unknown>;

const parser = feedXmlParser(['item', 'entry', 'link'], {
  cdataPropName: CDATA,
  removeNSPrefix: false,
  // Atom xhtml content is markup, not text: keep it raw so the extractor sees the HTML.
  stopNodes: ['*.content'],
});

/** A feed or item title as plain text, with any HTML entities (&rsquo;) a title may carry decoded. */
function plainTitle(value: unknown): string | null {
  const decoded = text(value);
  if (decoded == null) return null;
  const plain = /&[a-zA-Z]+;/.test(decoded) ? load(decoded.replace(/</g, '&lt;'), {}, false).root().text() : decoded;
  return plain.replace(/\s+/g, ' ').trim() || null;
}

/** A node's text with entities decoded; CDATA sections are taken as they are. */
function text(value: unknown): string | null {
  if (value == null) return null;
  if (typeof value === 'string') return decodeXml(value);
  if (typeof value === 'number') return String(value);
  if (Array.isArray(value)) return text(value[0]);
  if (typeof value === 'object') {
    const node = value as Node;
    const cdata = node[CDATA];
    const cdataText = Array.isArray(cdata) ? cdata.join('') : typeof cdata === 'string' ? cdata : '';
    const own = node['#text'] != null ? text(node['#text']) : null;
    return own == null && cdata == null ? null : (own ?? '') + cdataText;
  }
  return null;
}

function rawText(value: unknown): string | null {
  if (value == null) return null;
  if (typeof value === 'string') return value;
  if (typeof value === 'number') return String(value);
  if (Array.isArray(value)) return rawText(value[0]);
  if (typeof value === 'object') return rawText((value as Node)['#text']);
  return null;
}

function atomLink(links: unknown): string | null {
  if (!Array.isArray(links)) return text(links);
  const nodes = links as Node[];
  const alternate = nodes.find((l) => !l['@_rel'] || l['@_rel'] === 'alternate') ?? nodes[0];
  if (!alternate) return null;
  return typeof alternate === 'string' ? alternate : (text(alternate['@_href']) ?? text(alternate));
}

/** Atom <content>: kept raw by the parser, so escaped HTML must be unescaped here, xhtml unwrapped. */
function atomContent(node: unknown): string | null {
  if (node == null) return null;
  const raw = typeof node === 'string' ? node : rawText(node);
  if (raw == null) return null;
  const type = typeof node === 'object' ? text((node as Node)['@_type']) : null;
  const cdata = /^\s*<!\[CDATA\[([\s\S]*)\]\]>\s*$/.exec(raw);
  if (cdata) return cdata[1]!;
  if (type === 'xhtml') return raw.replace(/^\s*<div[^>]*>([\s\S]*)<\/div>\s*$/, '$1');
  return decodeXml(raw);
}

/** Largest feed document accepted (characters); a bigger one is refused before parsing. */
export const MAX_FEED_CHARS = 20 * 1024 * 1024;

const DOCTYPE = /<!DOCTYPE\s[^[>]*(\[[\s\S]*?\]\s*)?>/i;

/** Refuses what is not a feed before the XML parser sees it: empty input, HTML pages, huge files, entity tricks. */
function screen(xml: string, where: string): string {
  const source = xml.replace(/^\uFEFF/, '');
  if (source.trim() === '')
    throw new KubeplanError('parse-error', 'the document is empty, not an RSS or Atom feed', where);
  if (source.length > MAX_FEED_CHARS) {
    const mb = (source.length / 1024 / 1024).toFixed(0);
    throw new KubeplanError(
      'parse-error',
      `the feed is too large (${mb} MB; the limit is ${MAX_FEED_CHARS / 1024 / 1024} MB)`,
      where,
    );
  }
  const head = source.slice(0, 2048);
  if (/^\s*(?:<!--[\s\S]*?-->\s*)*<!DOCTYPE\s+html\b|^\s*<html[\s>]/i.test(head)) {
    const alt = /<link\b[^>]*type=["']application\/(?:rss|atom)\+xml["'][^>]*>/i.exec(source);
    const href = alt ? /href=["']([^"']+)["']/i.exec(alt[0])?.[1] : undefined;
    throw new KubeplanError(
      'parse-error',
      `this is an HTML page, not an RSS or Atom feed${href ? ` (the page names its feed: ${href})` : ''}`,
      where,
    );
  }
  const doctype = DOCTYPE.exec(source.slice(0, 65536));
  if (doctype) {
    // Entity declarations are how billion-laughs and external-entity (XXE) attacks start; feeds never need them.
    if (doctype[1] && /<!ENTITY/i.test(doctype[1])) {
      throw new KubeplanError(
        'parse-error',
        'the feed declares XML entities in a DTD, which kubeplan refuses to expand',
        where,
      );
    }
    // A plain DOCTYPE (RSS 0.91's) is dropped unread: no DTD is ever fetched.
    return source.slice(0, doctype.index) + source.slice(doctype.index + doctype[0].length);
  }
  return source;
}

/** An element's xml:base resolved against the base in scope; the parent's when it has none. */
function xmlBase(node: Node, inScope: string | null): string | null {
  const own = text(node['@_xml:base']);
  if (!own) return inScope;
  try {
    return inScope ? new URL(own, inScope).href : new URL(own).href;
  } catch {
    return inScope;
  }
}

function absolute(link: string | null, base: string | null): string | null {
  if (!link) return null;
  try {
    return base ? new URL(link, base).href : new URL(link).href;
  } catch {
    return link;
  }
}

function withAbsoluteLinks(doc: FeedDocument): FeedDocument {
  const base = absolute(doc.link, null);
  return { ...doc, link: base, items: doc.items.map((item) => ({ ...item, link: absolute(item.link, base) })) };
}

export function parseFeed(xml: string, where: string): FeedDocument {
  return withAbsoluteLinks(parseDocument(screen(xml, where), where));
}

/** True when a text is an RSS, Atom or RDF document (by its root element), so `import` can route it. */
export function looksLikeFeed(text: string): boolean {
  const head = text.replace(/^\uFEFF/, '').slice(0, 4096);
  const withoutProlog = head.replace(/<\?[\s\S]*?\?>|<!--[\s\S]*?-->|<!DOCTYPE[^>]*>/gi, '').trimStart();
  return /^<(?:rss|feed|rdf:RDF|RDF)[\s>]/.test(withoutProlog);
}

function parseDocument(source: string, where: string): FeedDocument {
  const valid = XMLValidator.validate(source);
  if (valid !== true) {
    // fast-xml-parser reports elements left open at the end as a JSON list at 1:1; a cut-off
    // download is common enough to name plainly, at the line where the text stops.
    const open = /^Invalid '(\[[\s\S]*\])' found/.exec(valid.err.msg)?.[1];
    if (open) {
      let tags: string[] = [];
      try {
        tags = (JSON.parse(open) as unknown[]).map(String);
      } catch {
        // The list is only for the message.
      }
      const last = source.split('\n').length;
      throw new KubeplanError(
        'parse-error',
        `the document ends before ${
          tags
            .reverse()
            .map((t) => `<${t}>`)
            .join(', ') || 'its elements'
        } ${tags.length === 1 ? 'is' : 'are'} closed (truncated download?)`,
        `${where}:${last}`,
      );
    }
    throw new KubeplanError(
      'parse-error',
      `not well-formed XML: ${valid.err.msg}`,
      `${where}:${valid.err.line}:${valid.err.col}`,
    );
  }
  let root: Node;
  try {
    root = parser.parse(source) as Node;
  } catch (error) {
    // The validator passed, so what is left is the parser's own limits (e.g. nesting depth).
    throw new KubeplanError('parse-error', `cannot read the XML: ${errorMessage(error)}`, where);
  }
  const rss = root['rss'] as Node | undefined;
  if (rss) {
    const channel = (rss['channel'] ?? {}) as Node;
    return {
      title: plainTitle(channel['title']),
      link: text(channel['link']),
      items: ((channel['item'] as Node[] | undefined) ?? []).map((item) => ({
        title: plainTitle(item['title']),
        link: text(item['link']),
        published: text(item['pubDate']) ?? text(item['dc:date']),
        html: text(item['content:encoded']) ?? text(item['description']) ?? '',
      })),
    };
  }
  const feed = root['feed'] as Node | undefined;
  if (feed) {
    // xml:base (RFC 3986 resolution, each element's against its parent's) is how Atom feeds give
    // relative links a home; without one, links resolve against the feed's own link as before.
    const feedBase = xmlBase(feed, null);
    return {
      title: plainTitle(feed['title']),
      link: absolute(atomLink(feed['link']), feedBase),
      items: ((feed['entry'] as Node[] | undefined) ?? []).map((entry) => {
        const entryBase = xmlBase(entry, feedBase);
        const body = entry['content'] ?? entry['summary'];
        return {
          title: plainTitle(entry['title']),
          link: absolute(atomLink(entry['link']), entryBase),
          published: text(entry['published']) ?? text(entry['updated']),
          html: atomContent(entry['content']) ?? text(entry['summary']) ?? '',
          base: typeof body === 'object' && body !== null ? xmlBase(body as Node, entryBase) : entryBase,
        };
      }),
    };
  }
  const rdf = root['rdf:RDF'] as Node | undefined;
  if (rdf) {
    const channel = (rdf['channel'] ?? {}) as Node;
    return {
      title: plainTitle(channel['title']),
      link: text(channel['link']),
      items: ((rdf['item'] as Node[] | undefined) ?? []).map((item) => ({
        title: plainTitle(item['title']),
        link: text(item['link']),
        published: text(item['dc:date']),
        html: text(item['content:encoded']) ?? text(item['description']) ?? '',
      })),
    };
  }
  const rootName = Object.keys(root).find((k) => !k.startsWith('?')) ?? 'nothing';
  throw new KubeplanError('parse-error', `not an RSS or Atom feed (root element is <${rootName}>)`, where);
}

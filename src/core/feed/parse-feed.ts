// Parses RSS 2.0, RSS 1.0 (RDF) and Atom documents into items with their HTML bodies.
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { KubeplanError } from '../../shared/errors';

export interface FeedItem {
  title: string | null;
  link: string | null;
  published: string | null;
  /** The item's body as HTML (content:encoded, content or description/summary). */
  html: string;
}

export interface FeedDocument {
  title: string | null;
  link: string | null;
  items: FeedItem[];
}

type Node = Record<string, unknown>;

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@_',
  textNodeName: '#text',
  parseTagValue: false,
  parseAttributeValue: false,
  trimValues: true,
  processEntities: true,
  htmlEntities: true,
  removeNSPrefix: false,
  // Atom xhtml content is markup, not text: keep it raw so the extractor sees the HTML.
  stopNodes: ['*.content'],
  isArray: (name) => name === 'item' || name === 'entry' || name === 'link',
});

function text(value: unknown): string | null {
  if (value == null) return null;
  if (typeof value === 'string') return value;
  if (typeof value === 'number') return String(value);
  if (Array.isArray(value)) return text(value[0]);
  if (typeof value === 'object') return text((value as Node)['#text']);
  return null;
}

function atomLink(links: unknown): string | null {
  if (!Array.isArray(links)) return text(links);
  const nodes = links as Node[];
  const alternate = nodes.find((l) => !l['@_rel'] || l['@_rel'] === 'alternate') ?? nodes[0];
  if (!alternate) return null;
  return typeof alternate === 'string' ? alternate : text(alternate['@_href']) ?? text(alternate);
}

const ENTITIES: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };
function decodeXmlEntities(value: string): string {
  return value.replace(/&(lt|gt|amp|quot|apos);/g, (_, name: string) => ENTITIES[name]!);
}

/** Atom <content>: kept raw by the parser, so escaped HTML must be unescaped here, xhtml unwrapped. */
function atomContent(node: unknown): string | null {
  if (node == null) return null;
  const raw = typeof node === 'string' ? node : text(node);
  if (raw == null) return null;
  const type = typeof node === 'object' ? text((node as Node)['@_type']) : null;
  const cdata = /^\s*<!\[CDATA\[([\s\S]*)\]\]>\s*$/.exec(raw);
  if (cdata) return cdata[1]!;
  if (type === 'xhtml') return raw.replace(/^\s*<div[^>]*>([\s\S]*)<\/div>\s*$/, '$1');
  return decodeXmlEntities(raw);
}

export function parseFeed(xml: string, where: string): FeedDocument {
  const source = xml.replace(/^\uFEFF/, '');
  const valid = XMLValidator.validate(source);
  if (valid !== true) {
    throw new KubeplanError(
      'parse-error',
      `not well-formed XML: ${valid.err.msg}`,
      `${where}:${valid.err.line}:${valid.err.col}`,
    );
  }
  const root = parser.parse(source) as Node;
  const rss = root['rss'] as Node | undefined;
  if (rss) {
    const channel = (rss['channel'] ?? {}) as Node;
    return {
      title: text(channel['title']),
      link: text(channel['link']),
      items: ((channel['item'] as Node[] | undefined) ?? []).map((item) => ({
        title: text(item['title']),
        link: text(item['link']),
        published: text(item['pubDate']) ?? text(item['dc:date']),
        html: text(item['content:encoded']) ?? text(item['description']) ?? '',
      })),
    };
  }
  const feed = root['feed'] as Node | undefined;
  if (feed) {
    return {
      title: text(feed['title']),
      link: atomLink(feed['link']),
      items: ((feed['entry'] as Node[] | undefined) ?? []).map((entry) => ({
        title: text(entry['title']),
        link: atomLink(entry['link']),
        published: text(entry['published']) ?? text(entry['updated']),
        html: atomContent(entry['content']) ?? text(entry['summary']) ?? '',
      })),
    };
  }
  const rdf = root['rdf:RDF'] as Node | undefined;
  if (rdf) {
    const channel = (rdf['channel'] ?? {}) as Node;
    return {
      title: text(channel['title']),
      link: text(channel['link']),
      items: ((rdf['item'] as Node[] | undefined) ?? []).map((item) => ({
        title: text(item['title']),
        link: text(item['link']),
        published: text(item['dc:date']),
        html: text(item['content:encoded']) ?? text(item['description']) ?? '',
      })),
    };
  }
  const rootName = Object.keys(root).find((k) => !k.startsWith('?')) ?? 'nothing';
  throw new KubeplanError('parse-error', `not an RSS or Atom feed (root element is <${rootName}>)`, where);
}

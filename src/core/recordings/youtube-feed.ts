// Reads a YouTube channel or playlist feed (Atom with yt:videoId and media:group) into videos.
// Format: https://www.youtube.com/feeds/videos.xml?channel_id=… or ?playlist_id=…, as feed readers see it.
import { XMLValidator } from 'fast-xml-parser';
import { KubeplanError } from '../../shared/errors';
import { decodeXml, feedXmlParser } from '../feed/xml-reader';

export const YOUTUBE_NAMESPACE = 'http://www.youtube.com/xml/schemas/2015';

export interface YouTubeVideo {
  videoId: string;
  title: string;
  description: string | null;
  url: string;
  publishedAt: string | null;
}

export interface YouTubeFeed {
  title: string | null;
  videos: YouTubeVideo[];
}

/** A YouTube feed says so in its first kilobyte: an Atom root with YouTube's namespace. */
export function isYouTubeFeed(text: string): boolean {
  const head = text.replace(/^\uFEFF/, '').slice(0, 1024);
  return /<feed\b/.test(head) && head.includes(YOUTUBE_NAMESPACE);
}

const parser = feedXmlParser(['entry', 'link']);

type Node = Record<string, unknown>;

function text(value: unknown): string | null {
  if (value == null) return null;
  if (typeof value === 'string') return decodeXml(value).trim() || null;
  if (typeof value === 'object' && '#text' in (value as Node)) return text((value as Node)['#text']);
  return null;
}

function alternateLink(entry: Node): string | null {
  const links = (entry['link'] as Node[] | undefined) ?? [];
  const alternate = links.find((l) => (l['@_rel'] ?? 'alternate') === 'alternate') ?? links[0];
  return alternate ? text(alternate['@_href']) : null;
}

const VIDEO_ID = /^[A-Za-z0-9_-]{6,20}$/;

/** Parses the feed; `name` is the file's, for messages. Entries without a video id are left out. */
export function parseYouTubeFeed(xml: string, name: string): YouTubeFeed {
  const valid = XMLValidator.validate(xml);
  if (valid !== true) {
    throw new KubeplanError('parse-error', `not well-formed XML: ${valid.err.msg}`, `${name}:${valid.err.line}`);
  }
  const root = (parser.parse(xml) as Node)['feed'] as Node | undefined;
  if (!root) throw new KubeplanError('parse-error', 'not an Atom feed (no <feed> root)', name);
  const videos: YouTubeVideo[] = [];
  for (const entry of (root['entry'] as Node[] | undefined) ?? []) {
    const videoId = text(entry['yt:videoId']);
    if (!videoId || !VIDEO_ID.test(videoId)) continue;
    const group = (entry['media:group'] as Node | undefined) ?? {};
    // media:title is the video's own title; the entry title is the same text, kept as the fallback.
    const title = text(group['media:title']) ?? text(entry['title']);
    if (!title) continue;
    const link = alternateLink(entry);
    videos.push({
      videoId,
      title,
      description: text(group['media:description']),
      url: link && /^https:\/\/(www\.)?youtube\.com\//.test(link) ? link : `https://www.youtube.com/watch?v=${videoId}`,
      publishedAt: text(entry['published']),
    });
  }
  return { title: text(root['title']), videos };
}

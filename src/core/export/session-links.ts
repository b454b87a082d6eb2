// The outside links a session's export lists (its Sched page, a recording, other pages), once per page.
import { parseSessionLink } from '../feed/sched-ids';

export interface ExportLink {
  url: string;
  /** What the link is, as the apps show it. */
  title: string;
  /** The c3voc schema's link types: `web` for a page, `media` for a recording. */
  type: 'web' | 'media';
}

const RECORDING_HOSTS = /^(?:(?:www\.|m\.)?youtube\.com|youtu\.be|(?:www\.)?vimeo\.com)$/i;

function httpUrl(raw: string): URL | null {
  try {
    const url = new URL(raw);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url : null;
  } catch {
    return null;
  }
}

/** Two spellings of one page share a key: a Sched event page with and without its title slug, say. */
function pageKey(raw: string, url: URL): string {
  const known = parseSessionLink(raw);
  if (known) return `${known.kind}:${known.subdomain ?? ''}:${known.id}`;
  return `${url.hostname.replace(/^www\./, '')}${url.pathname.replace(/\/$/, '')}${url.search}`;
}

/** The session's own URL first, then every other http(s) URL its sources gave. */
export function exportLinks(urls: readonly (string | null)[]): ExportLink[] {
  const seen = new Set<string>();
  const links: ExportLink[] = [];
  for (const raw of urls) {
    const url = raw ? httpUrl(raw) : null;
    if (!raw || !url) continue;
    const key = pageKey(raw, url);
    if (seen.has(key)) continue;
    seen.add(key);
    const host = url.hostname.replace(/^www\./, '');
    if (host.endsWith('sched.com') || host === 'sched.co') links.push({ url: raw, title: 'Sched page', type: 'web' });
    else if (RECORDING_HOSTS.test(url.hostname)) links.push({ url: raw, title: 'Recording', type: 'media' });
    else links.push({ url: raw, title: `Page on ${host}`, type: 'web' });
  }
  return links;
}

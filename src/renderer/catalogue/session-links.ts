// The outside links a session page offers, named for what they are (Sched page, recording…).
import type { SessionProvenance } from '../../shared/provenance';
import type { SessionView } from '../../shared/types';

export interface SessionLink {
  label: string;
  url: string;
}

function labelFor(url: URL): string {
  const host = url.hostname.replace(/^www\./, '');
  if (host.endsWith('sched.com') || host === 'sched.co') return 'Sched page';
  if (host === 'youtube.com' || host === 'youtu.be' || host === 'vimeo.com' || host.endsWith('.youtube.com'))
    return 'Recording';
  return `Page on ${host}`;
}

/** Two URLs of one page share a key: Sched's event pages with and without their title slug, say. */
function linkKey(url: URL): string {
  const sched = /^\/event\/([^/]+)/.exec(url.pathname);
  if (url.hostname.endsWith('sched.com') && sched) return `${url.hostname}/event/${sched[1]}`;
  return `${url.hostname}${url.pathname}${url.search}`;
}

/** The session's own URL and every other http(s) URL its sources gave, once per page. */
export function sessionLinks(session: SessionView, provenance: SessionProvenance | null): SessionLink[] {
  const urls = [session.url, ...(provenance?.sources.map((s) => s.record.url) ?? [])];
  const seen = new Set<string>();
  const links: SessionLink[] = [];
  for (const raw of urls) {
    if (!raw) continue;
    let url: URL;
    try {
      url = new URL(raw);
    } catch {
      continue;
    }
    if (url.protocol !== 'http:' && url.protocol !== 'https:') continue;
    const key = linkKey(url);
    if (seen.has(key)) continue;
    seen.add(key);
    links.push({ label: labelFor(url), url: raw });
  }
  return links;
}

/** Sessions that overlap this one in time (same event day), for "at the same time". */
export function sameSlot(session: SessionView, sessions: SessionView[]): SessionView[] {
  if (!session.start) return [];
  const start = Date.parse(session.start);
  const end = session.end ? Date.parse(session.end) : start + 1;
  return sessions.filter((other) => {
    if (other.sessionKey === session.sessionKey || !other.start) return false;
    const otherStart = Date.parse(other.start);
    const otherEnd = other.end ? Date.parse(other.end) : otherStart + 1;
    return otherStart < end && otherEnd > start;
  });
}

// Recognizes the links that stand for one session: sched.com / sched.co event pages and YouTube
// recordings; everything else (overviews, CFPs, blogs, Slack, whitepapers) is not a session link.

export interface SessionLink {
  /** Stable id: the sched event id, or `yt-<video id>` for a recording. */
  id: string;
  kind: 'sched' | 'youtube';
  /** The link without query string or fragment (`?iframe=no` is the same session). */
  url: string;
  subdomain: string | null;
  slug: string | null;
}

export { eventFromSubdomain } from './events';

const EVENT_LINK = /^https?:\/\/([a-z0-9-]+)\.sched\.com\/event\/([A-Za-z0-9]+)(?:\/([^?#/]*))?/i;
const SHORT_LINK = /^https?:\/\/(?:www\.)?sched\.co\/([A-Za-z0-9]+)\/?(?:[?#].*)?$/i;
const YOUTUBE =
  /^https?:\/\/(?:(?:www\.|m\.)?youtube\.com\/(?:watch\?(?:[^#]*&)?v=|embed\/|live\/)|youtu\.be\/)([A-Za-z0-9_-]{11})/i;

function decode(slug: string): string {
  try {
    return decodeURIComponent(slug);
  } catch {
    return slug;
  }
}

export function parseSchedLink(href: string): SessionLink | null {
  const url = href.trim();
  const long = EVENT_LINK.exec(url);
  if (long) {
    const subdomain = long[1]!.toLowerCase();
    const slug = long[3] ? decode(long[3]) : null;
    return {
      id: long[2]!,
      kind: 'sched',
      url: `https://${subdomain}.sched.com/event/${long[2]!}${slug ? `/${long[3]!}` : ''}`,
      subdomain,
      slug,
    };
  }
  const short = SHORT_LINK.exec(url);
  if (short) return { id: short[1]!, kind: 'sched', url: `https://sched.co/${short[1]!}`, subdomain: null, slug: null };
  return null;
}

export function parseSessionLink(href: string): SessionLink | null {
  const sched = parseSchedLink(href);
  if (sched) return sched;
  const yt = YOUTUBE.exec(href.trim());
  if (yt)
    return {
      id: `yt-${yt[1]!}`,
      kind: 'youtube',
      url: `https://www.youtube.com/watch?v=${yt[1]!}`,
      subdomain: null,
      slug: null,
    };
  return null;
}

/** Link texts that name the link, not the session ("here", "slides", a bare URL). */
export function isGenericLinkText(text: string): boolean {
  // "This talk", "The second talk", "This 90-minute tutorial", "In this session", "(sched, recording)".
  const phrase = text.trim().replace(/^[([]|[)\]]$/g, '');
  if (
    /^(?:in\s+)?(?:this|that|the\s+(?:first|second|third|fourth|next|last|other))\s+(?:[\w-]+\s+)?(?:talk|session|tutorial|workshop|presentation|panel|keynote|one)$/i.test(
      phrase,
    ) ||
    /^(?:link to (?:the )?(?:talk|session)|(?:sched|schedule|recording|slides|video|link)(?:\s*[,/&]\s*(?:sched|schedule|recording|slides|video|link))+)$/i.test(
      phrase,
    )
  )
    return true;
  return (
    /^(?:https?:\/\/|www\.)\S+$/i.test(text) ||
    /^(?:here|link|details?|more|more info(?:rmation)?|read more|full details|schedule|sched|sched link|watch(?: (?:it|here|now|on youtube|the (?:video|recording|talk|session)))?|video|recording|slides|youtube|session|talk|abstract|register|(?:add (?:it )?to (?:your|my) (?:schedule|calendar|agenda))|(?:view|see|open) (?:it |the session |the talk )?(?:on|in) sched|(?:session|talk) (?:page|details|link)|view (?:session|talk|details))\W*$/i.test(
      text.trim(),
    )
  );
}

// Recognizes sched.com / sched.co session links and names the event a sched subdomain stands for.

export interface SchedLink {
  id: string;
  subdomain: string | null;
  slug: string | null;
}

const EVENT_LINK = /^https?:\/\/([a-z0-9-]+)\.sched\.com\/event\/([A-Za-z0-9]+)(?:\/([^?#]*))?/i;
const SHORT_LINK = /^https?:\/\/sched\.co\/([A-Za-z0-9]+)\/?(?:[?#].*)?$/i;

export function parseSchedLink(href: string): SchedLink | null {
  const long = EVENT_LINK.exec(href.trim());
  if (long) return { id: long[2]!, subdomain: long[1]!.toLowerCase(), slug: long[3] ? decodeURIComponent(long[3]) : null };
  const short = SHORT_LINK.exec(href.trim());
  if (short) return { id: short[1]!, subdomain: null, slug: null };
  return null;
}

const REGIONS: Record<string, string> = {
  eu: 'Europe',
  na: 'North America',
  cn: 'China',
  china: 'China',
  hk: 'Hong Kong',
  jp: 'Japan',
  japan: 'Japan',
  in: 'India',
  india: 'India',
  latam: 'Latin America',
};

/** `kccnceu2024` → "KubeCon + CloudNativeCon Europe 2024"; co-located subdomains name the same event. */
export function eventFromSubdomain(subdomain: string): string | null {
  const match = /^(?:kccnc|kubecon|colocatedevents|cloudnativecon)([a-z]+?)(\d{4})$/.exec(subdomain.toLowerCase());
  if (!match) return null;
  const region = REGIONS[match[1]!];
  return region ? `KubeCon + CloudNativeCon ${region} ${match[2]}` : null;
}

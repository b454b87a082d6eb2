// The KubeCon + CloudNativeCon editions a post can be about: names, dates and IANA zones, and how to
// recognize one from a sched subdomain, a post title or its text.

export interface KnownEvent {
  name: string;
  /** First day of co-located events (the day before the main conference, where there is one). */
  firstDay: string;
  /** First and last day of the main conference ("Day 1" is mainStart). */
  mainStart: string;
  lastDay: string;
  timeZone: string;
}

const REGION_NAMES: Record<string, string> = {
  eu: 'Europe',
  europe: 'Europe',
  na: 'North America',
  us: 'North America',
  'north america': 'North America',
  cn: 'China',
  china: 'China',
  hk: 'Hong Kong',
  'hong kong': 'Hong Kong',
  jp: 'Japan',
  japan: 'Japan',
  in: 'India',
  ind: 'India',
  india: 'India',
  latam: 'Latin America',
  'latin america': 'Latin America',
};

const CITIES: Record<string, string> = {
  valencia: 'Europe',
  amsterdam: 'Europe',
  paris: 'Europe',
  london: 'Europe',
  detroit: 'North America',
  chicago: 'North America',
  'salt lake city': 'North America',
  seattle: 'North America',
  'san diego': 'North America',
  austin: 'North America',
  'los angeles': 'North America',
  berlin: 'Europe',
  copenhagen: 'Europe',
  barcelona: 'Europe',
  atlanta: 'North America',
  shanghai: 'China',
  'hong kong': 'China',
  tokyo: 'Japan',
  delhi: 'India',
  'new delhi': 'India',
  hyderabad: 'India',
  mumbai: 'India',
};

function event(
  region: string,
  year: number,
  firstDay: string,
  mainStart: string,
  lastDay: string,
  timeZone: string,
): KnownEvent {
  return { name: `KubeCon + CloudNativeCon ${region} ${year}`, firstDay, mainStart, lastDay, timeZone };
}

// Published dates of recent editions; an edition not listed still gets a name, just no calendar.
export const KNOWN_EVENTS: KnownEvent[] = [
  event('Europe', 2017, '2017-03-29', '2017-03-29', '2017-03-30', 'Europe/Berlin'),
  event('North America', 2017, '2017-12-05', '2017-12-06', '2017-12-08', 'America/Chicago'),
  event('Europe', 2018, '2018-05-01', '2018-05-02', '2018-05-04', 'Europe/Copenhagen'),
  event('China', 2018, '2018-11-13', '2018-11-14', '2018-11-15', 'Asia/Shanghai'),
  event('North America', 2018, '2018-12-10', '2018-12-11', '2018-12-13', 'America/Los_Angeles'),
  event('Europe', 2019, '2019-05-20', '2019-05-21', '2019-05-23', 'Europe/Madrid'),
  event('China', 2019, '2019-06-24', '2019-06-24', '2019-06-26', 'Asia/Shanghai'),
  event('North America', 2019, '2019-11-18', '2019-11-19', '2019-11-21', 'America/Los_Angeles'),
  event('North America', 2021, '2021-10-11', '2021-10-13', '2021-10-15', 'America/Los_Angeles'),
  event('Europe', 2022, '2022-05-16', '2022-05-18', '2022-05-20', 'Europe/Madrid'),
  event('North America', 2022, '2022-10-24', '2022-10-26', '2022-10-28', 'America/Detroit'),
  event('Europe', 2023, '2023-04-18', '2023-04-19', '2023-04-21', 'Europe/Amsterdam'),
  event('China', 2023, '2023-09-26', '2023-09-26', '2023-09-28', 'Asia/Shanghai'),
  event('North America', 2023, '2023-11-06', '2023-11-07', '2023-11-09', 'America/Chicago'),
  event('Europe', 2024, '2024-03-19', '2024-03-20', '2024-03-22', 'Europe/Paris'),
  event('China', 2024, '2024-08-21', '2024-08-21', '2024-08-23', 'Asia/Hong_Kong'),
  event('North America', 2024, '2024-11-12', '2024-11-13', '2024-11-15', 'America/Denver'),
  event('India', 2024, '2024-12-11', '2024-12-11', '2024-12-12', 'Asia/Kolkata'),
  event('Europe', 2025, '2025-04-01', '2025-04-02', '2025-04-04', 'Europe/London'),
  event('China', 2025, '2025-06-10', '2025-06-10', '2025-06-11', 'Asia/Hong_Kong'),
  event('Japan', 2025, '2025-06-16', '2025-06-16', '2025-06-17', 'Asia/Tokyo'),
  event('India', 2025, '2025-08-06', '2025-08-06', '2025-08-07', 'Asia/Kolkata'),
  event('North America', 2025, '2025-11-10', '2025-11-11', '2025-11-13', 'America/New_York'),
  event('Europe', 2026, '2026-03-23', '2026-03-24', '2026-03-26', 'Europe/Amsterdam'),
];

const BY_NAME = new Map(KNOWN_EVENTS.map((e) => [e.name, e]));

export function knownEvent(name: string | null): KnownEvent | null {
  return name ? (BY_NAME.get(name) ?? null) : null;
}

function named(region: string | undefined, year: string | number | undefined): string | null {
  if (!region || !year) return null;
  return `KubeCon + CloudNativeCon ${region} ${year}`;
}

/** `kccnceu2024` → "KubeCon + CloudNativeCon Europe 2024"; co-located subdomains name the same event. */
export function eventFromSubdomain(subdomain: string): string | null {
  const match = /^(?:kccnc|kubecon|colocatedevents|cloudnativecon|kccncoss|ossna|kccncossc)([a-z]+?)(\d{4})$/.exec(
    subdomain.toLowerCase(),
  );
  if (!match) return null;
  return named(REGION_NAMES[match[1]!], match[2]);
}

// Two-letter codes that are also English words ("in", "us") only count inside sched subdomains.
const TEXT_REGIONS = Object.fromEntries(
  Object.entries(REGION_NAMES).filter(([word]) => !['in', 'ind', 'us', 'cn', 'hk', 'jp'].includes(word)),
);

const REGION_WORDS = Object.keys({ ...TEXT_REGIONS, ...CITIES })
  .sort((a, b) => b.length - a.length)
  .join('|');
const TEXT_EVENT = new RegExp(
  `\\b(?:kube\\s*con|cloud\\s*native\\s*con|kccnc)\\b[^.\\n]{0,60}?\\b(${REGION_WORDS})\\b(?:[^.\\n\\d]{0,40}?\\b(20\\d\\d)\\b)?`,
  'i',
);

/**
 * The edition a title or sentence names ("KubeCon EU 2024", "Kubecon NA (Salt Lake City) 2024",
 * "KubeCon + CloudNativeCon Europe 2024"); the year falls back to `fallbackYear` (the post's).
 */
export function eventFromText(text: string, fallbackYear: number | null): string | null {
  const match = TEXT_EVENT.exec(text);
  if (!match) return null;
  const word = match[1]!.toLowerCase();
  const region = TEXT_REGIONS[word] ?? CITIES[word];
  return named(region, match[2] ?? fallbackYear ?? undefined);
}

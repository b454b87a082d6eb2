// Helpers every schedule importer shares: local times to instants, session kinds, ids and the problem list.
import { decodeHTMLStrict } from 'entities';
import type { ImportProblem, SessionKind, SessionRecord } from '../../shared/types';
import { cleanText } from '../text/normalize';
import { inZoneAt, instantMs, isValidTimeZone, memoPerZone, resolveWallClock, utcMs } from '../time/zoned';

/** The most of a file's text a message quotes: a 100 MB one-line file must not land on stderr whole. */
export const QUOTE_CHARS = 200;

/** Text from a file as a message quotes it: at most QUOTE_CHARS characters, cut with "…". */
export function quote(text: string, max = QUOTE_CHARS): string {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}

export class ProblemLog {
  readonly problems: ImportProblem[] = [];
  /** What the preview points out but imports anyway (a time inside a daylight-saving change). */
  readonly warnings: ImportProblem[] = [];
  add(where: string, message: string): void {
    // Messages quote the file; however long what they quote, a problem stays a line.
    this.problems.push({ where: quote(where, QUOTE_CHARS * 2), message: quote(message, QUOTE_CHARS * 2) });
  }
  warn(where: string, message: string): void {
    this.warnings.push({ where: quote(where, QUOTE_CHARS * 2), message: quote(message, QUOTE_CHARS * 2) });
  }
}

const LOCAL = /^(\d{4})-(\d{2})-(\d{2})[T ](\d{1,2}):(\d{2})(?::(\d{2}))?(?:\.\d+)?$/;
const WITH_OFFSET = /^\d{4}-\d{2}-\d{2}[T ]\d{1,2}:\d{2}(?::\d{2})?(?:\.\d+)?(?:Z|[+-]\d{2}:?\d{2})$/i;

/** Whether a year-month-day exists: Date.UTC and Date.parse quietly roll 2024-02-30 over to March 1. */
function isRealDay(y: number, mo: number, d: number): boolean {
  if (y < 1 || mo < 1 || mo > 12 || d < 1) return false;
  return d <= new Date(utcMs(y, mo, 0)).getUTCDate();
}

// Every event of a schedule states its time, and they share a few hundred slots.
const zonedIso = memoPerZone((value: string, zone: string | null): string | null => {
  const text = value.trim();
  const day = /^(\d{4})-(\d{2})-(\d{2})/.exec(text);
  if (day && !isRealDay(Number(day[1]), Number(day[2]), Number(day[3]))) return null;
  if (WITH_OFFSET.test(text)) {
    const ms = instantMs(text.replace(' ', 'T'));
    if (Number.isNaN(ms)) return null;
    return inZoneAt(ms, zone);
  }
  const m = LOCAL.exec(text);
  if (!m || !zone) return null;
  const [y, mo, d, h, mi, s] = m.slice(1).map((part) => Number(part ?? 0)) as [
    number,
    number,
    number,
    number,
    number,
    number,
  ];
  // 24:00 is the end of a day; 24:30 is no time at all, not half past midnight of the next day.
  if (mo < 1 || mo > 12 || d < 1 || d > 31 || h > 24 || (h === 24 && (mi > 0 || s > 0)) || mi > 59 || s > 59)
    return null;
  const instant = resolveWallClock(utcMs(y, mo - 1, d, h, mi, s), zone).ms;
  if (Number.isNaN(instant)) return null;
  return inZoneAt(instant, zone);
});

/** Whether a wall-clock time falls in `zone`'s daylight-saving gap or overlap (null for neither, or an instant). */
const wallClockFold = memoPerZone((value: string, zone: string | null): 'gap' | 'overlap' | null => {
  const m = LOCAL.exec(value.trim());
  if (!m || !zone || zone === 'UTC') return null;
  const [y, mo, d, h, mi, s] = m.slice(1).map((part) => Number(part ?? 0)) as number[];
  return resolveWallClock(utcMs(y!, mo! - 1, d!, h!, mi!, s!), zone).fold;
});

/**
 * toZonedIso for a time the file gives, with a warning for the preview when it falls in a
 * daylight-saving change: a gap moves it forward by the gap, an overlap takes the first occurrence.
 */
export function zonedTime(value: string, zone: string | null, where: string, log: ProblemLog): string | null {
  const iso = toZonedIso(value, zone);
  const fold = iso ? wallClockFold(value, zone) : null;
  if (fold === 'gap')
    log.warn(where, `${value.trim()} does not exist in ${zone} (clocks go forward): read as ${iso!.slice(11, 16)}`);
  else if (fold === 'overlap')
    log.warn(
      where,
      `${value.trim()} happens twice in ${zone} (clocks go back): read as the first, ${iso!.slice(11, 22)}`,
    );
  return iso;
}

/**
 * A schedule time as ISO 8601 with the zone's offset: times that carry an offset keep their instant,
 * wall-clock times are read in `zone`. Null when unparseable or when a wall-clock time has no zone.
 */
export function toZonedIso(value: string, zone: string | null): string | null {
  return zonedIso(value, zone);
}

/** Adds a frab-style duration (`HH:MM`, `HH:MM:SS`, `D:HH:MM:SS`, or minutes) to an instant. */
export function addDuration(startIso: string, duration: string | null, zone: string | null): string | null {
  if (!duration) return null;
  const parts = duration.trim().split(':').map(Number);
  if (parts.some((p) => !Number.isFinite(p))) return null;
  let minutes: number;
  if (parts.length === 1) minutes = parts[0]!;
  else if (parts.length === 2) minutes = parts[0]! * 60 + parts[1]!;
  else if (parts.length === 3) minutes = parts[0]! * 60 + parts[1]! + parts[2]! / 60;
  else minutes = parts[0]! * 1440 + parts[1]! * 60 + parts[2]! + parts[3]! / 60;
  return inZoneAt(instantMs(startIso) + minutes * 60_000, zone);
}

/** A zone name the file or the user gave, or a problem when no such IANA zone exists. */
export function checkZone(zone: string | null | undefined, where: string, log: ProblemLog): string | null {
  const name = cleanText(zone);
  if (!name) return null;
  if (name === 'UTC' || name === 'GMT' || name === 'Z') return 'UTC';
  if (!isValidTimeZone(name)) {
    log.add(where, `unknown time zone "${name}"`);
    return null;
  }
  return name;
}

const BREAK = /\b(coffee|lunch|breakfast|break|snacks?|refreshments?|dinner)\b/i;
const LOGISTICS =
  /\b(badge|registration|cloakroom|check-?in|pick-?up|doors open|lounge|quiet room|prayer room|wellness|first aid|lost and found|exhibit hall|expo hall|networking)\b/i;

/** "Project Lightning Talk: Break", "⚡ Lightning Talk: …": the programme a slot belongs to, before its own title. */
const LIGHTNING_PREFIX = /^[^\p{L}\p{N}]*(?:project\s+)?lightning\s+talks?\s*[:|-]\s*/iu;

/**
 * The kind of a schedule entry from its type/category words and its title. Breaks and logistics
 * (badge pick-up, cloakroom) are not sessions: the catalogue hides them by default.
 */
export function classifyKind(title: string, hints: (string | null | undefined)[], service = false): SessionKind {
  const lightning = LIGHTNING_PREFIX.exec(title);
  if (lightning) {
    // A break inside a lightning-talk block is still a break.
    const rest = title.slice(lightning[0].length);
    return rest.length <= 40 && BREAK.test(rest) ? 'break' : 'lightning';
  }
  const hint = hints.filter(Boolean).join(' ').toLowerCase();
  if (/\bbreaks?\b|\bmeal/.test(hint) || (service && BREAK.test(title))) return 'break';
  if (/registration|logistics|\binfo(rmation)?\b/.test(hint) || service) return BREAK.test(title) ? 'break' : 'other';
  if (/keynote/.test(hint)) return 'keynote';
  if (/lightning/.test(hint)) return 'lightning';
  if (/workshop|tutorial|hands-on/.test(hint)) return 'workshop';
  if (/panel|podium/.test(hint)) return 'panel';
  if (/booth|showcase|demo/.test(hint)) return 'booth';
  const shortTitle = title.length <= 40;
  if (shortTitle && BREAK.test(title) && !/\btalk\b/i.test(title)) return 'break';
  if (shortTitle && LOGISTICS.test(title)) return 'other';
  if (/^\s*keynote\b/i.test(title)) return 'keynote';
  if (/^\s*panel\b/i.test(title)) return 'panel';
  if (/\b(workshop|tutorial)\b/i.test(title)) return 'workshop';
  if (/^\s*lightning talk/i.test(title)) return 'lightning';
  return 'talk';
}

/** A record with every optional field empty, to spread the importer's fields over. */
export function blankRecord(id: string, title: string): SessionRecord {
  return {
    sessionKey: id,
    url: null,
    title,
    kind: 'talk',
    event: null,
    track: null,
    date: null,
    start: null,
    end: null,
    timeZone: null,
    room: null,
    speakers: [],
    abstract: null,
    sourceItem: null,
  };
}

/**
 * HTML character references decoded (`&amp;`, `&#8217;`, `&nbsp;`): Sched, Pentabarf and spreadsheet
 * exports put them in titles, names and rooms. Strict: only references closed by `;`, so `AT&T` and
 * `R&D` stay as they are.
 */
export function decodeEntities(text: string): string;
export function decodeEntities(text: string | null | undefined): string | null;
export function decodeEntities(text: string | null | undefined): string | null {
  if (text == null) return null;
  return text.includes('&') ? decodeHTMLStrict(text) : text;
}

/** A one-line field of a schedule (title, name, room, track): entities decoded, white space collapsed. */
export function fieldText(text: string | null | undefined): string | null {
  return cleanText(decodeEntities(text));
}

/** Strips HTML tags and entities some exports put in descriptions. */
export function plainText(html: string | null | undefined): string | null {
  if (!html) return null;
  // Most abstracts are plain text: skip the tag and entity passes when there is no `<` or `&`.
  let text = html;
  if (text.includes('<')) {
    text = text
      .replace(/<br\s*\/?>/gi, '\n')
      .replace(/<\/p>/gi, '\n\n')
      // A tag starts with a letter (or `/`, `!`): `latency < 10 ms and > 5 ms` and `<3` are text.
      .replace(/<(?:\/?[A-Za-z]|!)[^>]*>/g, '');
  }
  // Every named and numeric reference, not only the five XML ones (`&rsquo;`, `&#8217;`); no-break spaces become spaces.
  if (text.includes('&')) text = decodeEntities(text.replace(/&nbsp;?/g, ' ')).replace(/\u00a0/g, ' ');
  // Runs of spaces and tabs become one space; a lone space is left alone rather than replaced by itself.
  text = text.replace(/\r\n?/g, '\n').replace(/[ \t]{2,}|\t/g, ' ');
  // Line breaks stay (paragraphs), without the spaces around them, at most one blank line in a row.
  text = text
    .replace(/ ?\n ?/g, '\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
  return text === '' ? null : text;
}

/** Reports ids that occur twice; the later rows are dropped so the batch stays unambiguous. */
export function dropDuplicateIds<T extends { record: SessionRecord; where: string }>(rows: T[], log: ProblemLog): T[] {
  const seen = new Map<string, string>();
  return rows.filter((row) => {
    const first = seen.get(row.record.sessionKey);
    if (first) {
      log.add(row.where, `duplicate id "${row.record.sessionKey}" (first at ${first})`);
      return false;
    }
    seen.set(row.record.sessionKey, row.where);
    return true;
  });
}

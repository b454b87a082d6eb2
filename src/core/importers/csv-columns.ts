// Maps CSV header names to session fields: Sched's export and import template, common variants, or the user's --map.
import type { MappableField } from './import-options';
import { MAPPABLE_FIELDS } from './import-options';

/** Known header spellings per field, compared case- and punctuation-insensitively; earlier wins. */
const ALIASES: Record<MappableField, string[]> = {
  id: ['id', 'session id', 'sessionid', 'event id', 'uid', 'guid', 'key', 'session key', 'event key', 'code'],
  title: ['name', 'title', 'session title', 'session name', 'session', 'event name', 'talk', 'talk title', 'subject'],
  start: [
    'event start',
    'start',
    'start time',
    'start date time',
    'start date and time',
    'starts at',
    'startsat',
    'begin',
    'begins',
    'from',
    'time start',
    'start datetime',
    'time',
    'session time',
    'slot',
  ],
  end: [
    'event end',
    'end',
    'end time',
    'end date time',
    'end date and time',
    'ends at',
    'endsat',
    'finish',
    'to',
    'time end',
    'end datetime',
  ],
  date: ['date', 'day', 'session date', 'event date', 'start date'],
  duration: ['duration', 'length', 'duration minutes', 'minutes'],
  room: ['venue', 'room', 'location', 'stage', 'hall', 'room name', 'place'],
  track: ['event type', 'track', 'tracks', 'category', 'categories', 'topic', 'theme'],
  kind: ['event subtype', 'session type', 'type', 'format', 'kind', 'session format'],
  speakers: ['speakers', 'speaker', 'speaker names', 'speaker name', 'presenters', 'presenter', 'persons', 'people'],
  companies: ['company', 'companies', 'affiliation', 'affiliations', 'organization', 'organisation', 'speaker company'],
  abstract: ['description', 'abstract', 'details', 'summary', 'session description'],
  url: ['url', 'link', 'session url', 'web', 'website'],
  event: ['conference', 'event', 'conference name'],
  timeZone: ['time zone', 'timezone', 'tz', 'zone', 'time zone name'],
};

export function headerKey(header: string): string {
  return header
    .toLowerCase()
    .replace(/&/g, ' and ')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

export type ColumnMap = Partial<Record<MappableField, number>>;

/** `3` or `#3` in a mapping is the third column (counted from 1), for files with no header row. */
export function columnNumber(value: string): number | null {
  const m = /^#?([1-9]\d{0,3})$/.exec(value.trim());
  return m ? Number(m[1]) : null;
}

/** Whether every column of the user's mapping is given by number: then the file may have no header row. */
export function mapsByNumber(user: Partial<Record<MappableField, string>> | undefined): boolean {
  const values = Object.values(user ?? {});
  return values.length > 0 && values.every((v) => columnNumber(v) !== null);
}

/**
 * Column index per field. User mappings win; then known aliases. Returns the headers named in the
 * user's mapping that do not exist, so the message can say which one is wrong.
 */
export function mapColumns(
  headers: string[],
  user: Partial<Record<MappableField, string>> = {},
): { map: ColumnMap; unknown: string[] } {
  const keys = headers.map(headerKey);
  const map: ColumnMap = {};
  const used = new Set<number>();
  const unknown: string[] = [];
  for (const [field, header] of Object.entries(user) as [MappableField, string][]) {
    const number = columnNumber(header);
    const at = number !== null ? (number <= headers.length ? number - 1 : -1) : keys.indexOf(headerKey(header));
    if (at < 0) unknown.push(`${field}=${header}`);
    else {
      map[field] = at;
      used.add(at);
    }
  }
  for (const field of MAPPABLE_FIELDS) {
    if (map[field] !== undefined || user[field] !== undefined) continue;
    for (const alias of ALIASES[field]) {
      const at = keys.indexOf(alias);
      if (at >= 0 && !used.has(at)) {
        map[field] = at;
        used.add(at);
        break;
      }
    }
  }
  return { map, unknown };
}

/**
 * `title=Session,start=Start Time` → {title: 'Session', start: 'Start Time'}; `title=2,start=1` maps
 * by column number (from 1). Throws on unknown fields.
 */
export function parseMapOption(value: string): Partial<Record<MappableField, string>> {
  const out: Partial<Record<MappableField, string>> = {};
  for (const pair of value.split(',')) {
    if (!pair.trim()) continue;
    const eq = pair.indexOf('=');
    const field = pair.slice(0, eq).trim() as MappableField;
    if (eq < 0 || !MAPPABLE_FIELDS.includes(field)) {
      throw new Error(
        `--map: "${pair.trim().slice(0, 80)}" is not field=Header or field=column number (fields: ${MAPPABLE_FIELDS.join(', ')})`,
      );
    }
    out[field] = pair.slice(eq + 1).trim();
  }
  return out;
}

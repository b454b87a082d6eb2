// Writes sessions as a spreadsheet CSV in the columns of Sched's import template, readable back by our CSV importer.
import { stringify } from 'csv-stringify/sync';
import { neutralizeCell } from '../text/formula-cells';
import { inZoneAt, instantMs, isValidTimeZone, resolveWallClock } from '../time/zoned';
import { keyOf, type ExportSession } from './conference-model';

/**
 * Sched's template columns first (title, start, end, room, track, type, speakers, description, URL),
 * then what keeps a round trip whole: affiliations, the event, the zone the times are in, the session
 * key and Sched's `active` flag for sessions a newer schedule removed.
 */
export const CSV_COLUMNS = [
  'Title',
  'Start',
  'End',
  'Room',
  'Track',
  'Type',
  'Speakers',
  'Companies',
  'Description',
  'URL',
  'Event',
  'Time Zone',
  'ID',
  'Active',
] as const;

/** What the Start cell says for a session with a day but no time yet (the importer keeps it on its day). */
export const TIME_TBA = 'TBA';

function zoneOf(session: ExportSession): string {
  const zone = session.timeZone;
  return zone && isValidTimeZone(zone) ? zone : 'UTC';
}

/**
 * `2026-03-24 09:00` in the session's zone: what spreadsheets read as a date and time. In the hour
 * a zone's clocks go back, a wall-clock time happens twice, so those times keep their offset.
 */
function localTime(iso: string | null, zone: string): string {
  const ms = iso ? instantMs(iso) : Number.NaN;
  if (Number.isNaN(ms)) return '';
  const zoned = inZoneAt(ms, zone);
  const seconds = zoned.slice(17, 19);
  const wall = `${zoned.slice(0, 10)} ${zoned.slice(11, 16)}${seconds === '00' ? '' : `:${seconds}`}`;
  const wallMs = Date.parse(`${zoned.slice(0, 19)}Z`);
  if (zone === 'UTC') return wall;
  const { ms: read, fold } = resolveWallClock(wallMs, zone);
  return read === ms && fold === null ? wall : `${wall}${zoned.slice(19)}`;
}

function startCell(session: ExportSession, zone: string): string {
  const timed = localTime(session.start, zone);
  if (timed) return timed;
  return session.date ? `${session.date} ${TIME_TBA}` : TIME_TBA;
}

function row(session: ExportSession): string[] {
  const zone = zoneOf(session);
  const affiliations = session.speakers.map((s) => s.affiliation ?? '');
  return [
    session.title,
    startCell(session, zone),
    localTime(session.end, zone),
    session.room ?? '',
    session.track ?? '',
    session.kind,
    session.speakers.map((s) => s.name).join(', '),
    affiliations.some(Boolean) ? affiliations.join('; ') : '',
    session.abstract ?? '',
    session.url ?? '',
    session.event ?? '',
    zone,
    keyOf(session),
    session.status === 'removed' ? 'N' : 'Y',
  ].map(neutralizeCell);
}

/**
 * Every session, one row each: those without a time or a day too (Start says TBA), removed ones with
 * Active N. UTF-8 with a BOM (so spreadsheet programs pick the encoding), RFC 4180 quoting and CRLF.
 */
export function sessionsCsv(sessions: readonly ExportSession[]): string {
  return stringify(sessions.map(row), {
    bom: true,
    header: true,
    columns: [...CSV_COLUMNS],
    record_delimiter: '\r\n',
    // csv-stringify quotes a line break only when it is the record delimiter; RFC 4180 wants any quoted.
    quoted_match: /[\r\n]/,
  });
}

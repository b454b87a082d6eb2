// Imports CSV schedules: Sched's export and import template, or any CSV with a header row (columns mapped by name or --map).
import { parse } from 'csv-parse/sync';
import { KubeplanError } from '../../shared/errors';
import type { ParsedSchedule, SessionRecord, SpeakerRef } from '../../shared/types';
import { parseSchedLink } from '../feed/sched-ids';
import { restoreCell } from '../text/formula-cells';
import { cleanText } from '../text/normalize';
import { dayInZone, inZoneAt, instantMs } from '../time/zoned';
import { columnNumber, headerKey, mapColumns } from './csv-columns';
import { combineDateTime, looksLikeTime, splitTimeRange } from './csv-time';
import type { ImportOptions, MappableField } from './import-options';
import {
  ProblemLog,
  addDuration,
  blankRecord,
  checkZone,
  classifyKind,
  dropDuplicateIds,
  fieldText,
  plainText,
  quote,
  zonedTime,
} from './schedule-record';

function sniffDelimiter(firstLine: string): string {
  const counts = [',', ';', '\t'].map((d) => [d, firstLine.split(d).length] as const);
  return counts.sort((a, b) => b[1] - a[1])[0]![0];
}

const SCHED_ID = /^[0-9a-f]{32}$/;
/** The session keys kubeplan's importers make (`csv:…`, `ical:…`, `frab:…`, `sessionize:…`). */
const OWN_KEY = /^(csv|ical|frab|sessionize):\S/;

/** `talks.csv` of `/home/me/Downloads/talks.csv` or `C:\\Users\\me\\talks.csv`, extension dropped. */
function baseName(file: string): string {
  return (file.split(/[\\/]/).pop() ?? file).replace(/\.[^.]+$/, '') || file;
}

/**
 * Companies line up with the speakers when the counts agree. `;` and line breaks separate them; `|`
 * too, but only when that is what makes the counts agree (`Chronosphere | A Palo Alto Networks
 * Company` is one company). A single company is everyone's.
 */
function splitCompanies(companies: string | null, speakerCount: number): (string | null)[] | null {
  if (!companies) return null;
  const splits = [/\s*[;\n]\s*/, /\s*[;|\n]\s*/].map((separator) =>
    companies.split(separator).map((c) => fieldText(c)),
  );
  const aligned = splits.find((orgs) => orgs.length === speakerCount);
  if (aligned) return aligned;
  const one = splits.find((orgs) => orgs.length === 1);
  return one ? Array.from({ length: speakerCount }, () => one[0]!) : null;
}

function splitSpeakers(names: string, companies: string | null): SpeakerRef[] {
  const list = names
    .split(/\s*[;,|\n]\s*|\s+&\s+/)
    .map((n) => cleanText(plainText(n)))
    .filter((n): n is string => !!n);
  const orgs = splitCompanies(companies, list.length);
  return list.map((name, i) => ({ name, affiliation: orgs?.[i] ?? null }));
}

const TBA = /\b(TBA|TBD|TBC|tba|tbd)\b/;

/**
 * A start cell whose time is still to be announced: its day (`2019-05-03 TBA`), or `unscheduled` for
 * a bare `TBA` with no day at all; null when the cell says nothing of the kind.
 */
function untimedDay(start: string | undefined, date: string | undefined): string | 'unscheduled' | null {
  const text = `${date ?? ''} ${start ?? ''}`;
  if (!TBA.test(text)) return null;
  const day = /\d{4}-\d{2}-\d{2}/.exec(text);
  if (day) return day[0];
  return /^\s*$/.test(text.replace(TBA, '')) ? 'unscheduled' : null;
}

export interface CsvColumns {
  headers: string[];
  /** Field → header the importer chose (or the user mapped). */
  fields: Partial<Record<MappableField, string>>;
}

export function parseCsv(source: string, options: ImportOptions): ParsedSchedule & { columns: CsvColumns } {
  const { file } = options;
  const log = new ProblemLog();
  const text = source.replace(/^\uFEFF/, '');
  let rows: { record: string[]; info: { lines: number } }[];
  try {
    rows = parse(text, {
      delimiter: sniffDelimiter(text.split(/\r?\n/, 1)[0] ?? ''),
      // Files edited on two systems mix CRLF and LF; csv-parse would lock onto the first line's ending.
      record_delimiter: ['\r\n', '\n', '\r'],
      relax_column_count: true,
      skip_empty_lines: true,
      info: true,
    }) as unknown as { record: string[]; info: { lines: number } }[];
  } catch (error) {
    const e = error as Error & { lines?: number };
    throw new KubeplanError(
      'parse-error',
      `malformed CSV (truncated or unbalanced quotes?): ${e.message}`,
      `${file}:${e.lines ?? '?'}`,
    );
  }
  if (rows.length === 0) throw new KubeplanError('parse-error', 'the CSV file is empty', file);
  // A first row with a date or time in it is data: the file has no header row, its columns are known
  // by number ("column 1"), and `--map title=2,start=1` maps them.
  const headerless = rows[0]!.record.some(looksLikeTime);
  const header = headerless ? null : rows[0]!;
  // Undo the apostrophe a spreadsheet export puts before a cell that would read as a formula.
  const body = rows.slice(headerless ? 0 : 1).map(({ record, info }) => ({ record: record.map(restoreCell), info }));
  const width = Math.max(...rows.map((r) => r.record.length));
  const headers = header
    ? header.record.map((h) => h.trim())
    : Array.from({ length: width }, (_, i) => `column ${i + 1}`);
  const { map, unknown } = mapColumns(headers, options.map);
  const columns: CsvColumns = {
    headers,
    fields: Object.fromEntries(Object.entries(map).map(([f, i]) => [f, headers[i]!])) as CsvColumns['fields'],
  };
  const cancelled: string[] = [];
  // --tz wins; else each row's time zone cell (kubeplan's own CSV has one), else none.
  const zones = body.map(({ record, info }) => {
    if (options.timeZone) return options.timeZone;
    const named = map.timeZone === undefined ? null : cleanText(record[map.timeZone]);
    return named ? checkZone(named, `${file}:${info.lines} ${headers[map.timeZone!]}`, log) : null;
  });
  const distinctZones = new Set(zones.filter(Boolean));
  const result = (sessions: SessionRecord[]): ParsedSchedule & { columns: CsvColumns } => ({
    format: 'csv',
    event: options.event ?? null,
    timeZone: options.timeZone ?? (distinctZones.size === 1 ? [...distinctZones][0]! : null),
    batch: {
      source: { kind: 'schedule', location: options.location, title: options.event ?? null },
      sessions,
      cancelled,
    },
    problems: log.problems,
    warnings: log.warnings,
    columns,
  });
  // What the user can map: the header names, or for a headerless file each column's number and first cell.
  const choices = header
    ? `headers: ${quote(headers.join(', '))}`
    : `no header row; line 1 is ${quote(rows[0]!.record.map((c, i) => `${i + 1}: ${c.trim()}`).join(', '))}`;
  const mapHint = (field: string) => (header ? `--map ${field}=<header>` : `--map ${field}=<column number>`);
  for (const u of unknown) {
    const wanted = u.slice(u.indexOf('=') + 1);
    const what = columnNumber(wanted) !== null ? `no column ${wanted}` : `no column named "${quote(wanted)}"`;
    log.add(`${file}:1 --map ${u}`, `${what} (${choices})`);
  }
  if (map.title === undefined)
    log.add(`${file}:1 title`, `no column for the session title; map one (${mapHint('title')}; ${choices})`);
  if (map.start === undefined)
    log.add(`${file}:1 start`, `no column for the start time; map one (${mapHint('start')}; ${choices})`);
  if (map.title === undefined || map.start === undefined || unknown.length > 0) return result([]);

  const cell = (row: string[], field: MappableField): string | undefined => {
    const at = map[field];
    return at === undefined ? undefined : row[at];
  };
  /** The start and end cells; a start cell holding a range (`8:00-8:50`) gives both. */
  const times = (row: string[]): { start: string | undefined; end: string | undefined } => {
    const range = splitTimeRange(cell(row, 'start'));
    const end = cell(row, 'end');
    return range ? { start: range.start, end: end?.trim() ? end : range.end } : { start: cell(row, 'start'), end };
  };
  // Times with an explicit offset need no zone; wall-clock times do.
  const wallClock = body.some(({ record }, i) => {
    const value = combineDateTime(times(record).start, cell(record, 'date'));
    return value !== null && value.length <= 19 && !zones[i];
  });
  if (wallClock) {
    log.add(
      `${file} time zone`,
      'the times carry no time zone: say which one the event is in (--tz, e.g. America/Detroit)',
    );
    return result([]);
  }

  const good: { record: SessionRecord; where: string }[] = [];
  const schedIds = map.id !== undefined && body.every(({ record }) => SCHED_ID.test(record[map.id!] ?? ''));
  // Ids come from the file's content, never its path: the same file saved in another folder is the
  // same sessions, and an exported UID must not leak where the file was. The event (--event, else
  // the file's event column) keeps two spreadsheets' row numbers apart; else the file's base name.
  const scope =
    options.event ?? body.map(({ record }) => fieldText(cell(record, 'event'))).find(Boolean) ?? baseName(options.file);
  /** Sched ids as they are; other ids prefixed so two spreadsheets' row numbers never collide. */
  const makeId = (row: string[], title: string, start: string): string => {
    const url = cleanText(cell(row, 'url'));
    const rawId = cleanText(cell(row, 'id'));
    const sched = url ? parseSchedLink(url) : null;
    if (schedIds && rawId) return rawId;
    // kubeplan's own CSV export writes each session key in the ID column: it comes back as it went.
    if (rawId && OWN_KEY.test(rawId)) return rawId;
    if (sched) return sched.id;
    return rawId ? `csv:${scope}:${rawId}` : `csv:${scope}:${start}:${title}`;
  };
  // Sched's event_type lists a session's tracks with commas; any other track column holds one name.
  const trackList = map.track !== undefined && headerKey(headers[map.track]!) === 'event type';
  // Sched's export marks deleted sessions active=N.
  const active = map.id !== undefined ? headers.findIndex((h) => h.toLowerCase() === 'active') : -1;
  for (const [i, { record: row, info }] of body.entries()) {
    const where = `${file}:${info.lines}`;
    const zone = zones[i] ?? null;
    if (row.length !== headers.length) {
      log.add(where, `row has ${row.length} fields, the header has ${headers.length}`);
      continue;
    }
    const title = cleanText(plainText(cell(row, 'title')));
    if (!title) {
      log.add(`${where} ${headers[map.title]}`, 'missing session title');
      continue;
    }
    const cells = times(row);
    const startLocal = combineDateTime(cells.start, cell(row, 'date'));
    const start = startLocal ? zonedTime(startLocal, zone, `${where} ${headers[map.start]}`, log) : null;
    // "2019-05-03 TBA": the day is known, the time is not yet; keep it untimed on that day ("TBA": no day either).
    const tba = !start ? untimedDay(cell(row, 'start'), cell(row, 'date')) : null;
    if (!start && !tba) {
      log.add(`${where} ${headers[map.start]}`, `cannot read start time "${quote(cell(row, 'start') ?? '')}"`);
      continue;
    }
    let end: string | null = null;
    if (start) {
      const endCell = cells.end;
      const endLocal = endCell?.trim() ? combineDateTime(endCell, cell(row, 'date') ?? startLocal!.slice(0, 10)) : null;
      end = endLocal ? zonedTime(endLocal, zone, `${where} ${headers[map.end ?? map.start]}`, log) : null;
      // `23:30-0:30`: a range that ends before it starts ends the next day.
      if (end && splitTimeRange(cell(row, 'start')) && instantMs(end) < instantMs(start))
        end = inZoneAt(instantMs(end) + 86_400_000, zone);
      if (endCell?.trim() && !end) {
        log.add(`${where} ${headers[map.end ?? map.start]}`, `cannot read end time "${quote(endCell)}"`);
        continue;
      }
      if (!end) end = addDuration(start, cell(row, 'duration') ?? null, zone);
    }
    const id = makeId(row, title, start ?? tba!);
    const trackCell = cell(row, 'track');
    const track = fieldText(trackList ? trackCell?.split(',')[0] : trackCell);
    const record: SessionRecord = {
      ...blankRecord(id, title),
      url: cleanText(cell(row, 'url')),
      kind: classifyKind(title, [cleanText(cell(row, 'kind')), track]),
      event: fieldText(cell(row, 'event')) ?? options.event ?? null,
      track,
      start,
      end,
      date: start ? dayInZone(start, zone) : tba === 'unscheduled' ? null : tba,
      timeZone: zone,
      room: fieldText(cell(row, 'room')),
      speakers: splitSpeakers(cell(row, 'speakers') ?? '', fieldText(cell(row, 'companies'))),
      abstract: plainText(cell(row, 'abstract')),
    };
    if (active >= 0 && row[active]?.trim().toUpperCase() === 'N') cancelled.push(id);
    else good.push({ record, where });
  }
  return result(dropDuplicateIds(good, log).map((r) => r.record));
}

// Imports a file's text (dropped or picked in the app): feeds go to the feed scraper, schedules to the importers.
import type { ImportBatch, ImportSummary, MappableField, ScheduleFormat } from '../../shared/types';
import { scrapeFeed } from '../feed/scrape-feed';
import { applyImport, dryRunImport, type ApplyOptions } from '../store/apply-import';
import type { Db } from '../store/open-store';
import type { CsvColumns } from './csv';
import { detectFormat } from './detect-format';
import type { ImportOptions } from './import-options';
import { importParsedSchedule, previewParsedSchedule } from './import-schedule';
import { parseSchedule, type ParsedScheduleFile } from './parse-schedule';

export interface TextImport {
  name: string;
  text: string;
  format?: ScheduleFormat | 'feed' | undefined;
  timeZone?: string | undefined;
  event?: string | undefined;
  map?: Partial<Record<MappableField, string>> | undefined;
}

function scheduleOptions(request: TextImport): ImportOptions {
  // The app never sees paths: a dropped file is known by its name, unless its content names the schedule.
  const options: ImportOptions = { file: request.name, location: `file:${request.name}` };
  if (request.format && request.format !== 'feed') options.format = request.format;
  if (request.timeZone) options.timeZone = request.timeZone;
  if (request.event) options.event = request.event;
  if (request.map && Object.keys(request.map).length > 0) options.map = request.map;
  return options;
}

function feedBatch(request: TextImport): ImportBatch {
  const { feed, sessions } = scrapeFeed(request.text, request.name);
  return { source: { kind: 'feed' as const, location: `file:${request.name}`, title: feed.title }, sessions };
}

/** A file's text read into sessions, before anything touches the database: plain data, so it crosses threads. */
export type ParsedText = { kind: 'feed'; batch: ImportBatch } | { kind: 'schedule'; parsed: ParsedScheduleFile };

/** The parse step of an import (pure, the slow part for a big file): main may run it in a worker. */
export function parseText(request: TextImport): ParsedText {
  if ((request.format ?? detectFormat(request.text)) === 'feed') return { kind: 'feed', batch: feedBatch(request) };
  return { kind: 'schedule', parsed: parseSchedule(request.text, scheduleOptions(request)) };
}

function feedSummary(counts: ImportSummary['counts']): ImportSummary {
  return { format: 'feed', event: null, timeZone: null, counts, problems: [] };
}

export function previewText(db: Db, request: TextImport): ImportSummary & { columns: CsvColumns | null } {
  return previewParsedText(db, parseText(request));
}

export function importText(db: Db, request: TextImport, skipBad = false, apply: ApplyOptions = {}): ImportSummary {
  return importParsedText(db, parseText(request), skipBad, apply);
}

/** The dry run of an already parsed file (the write step stays with the database, in main). */
export function previewParsedText(db: Db, parsed: ParsedText): ImportSummary & { columns: CsvColumns | null } {
  if (parsed.kind === 'feed') {
    const { counts } = dryRunImport(db, parsed.batch);
    return { ...feedSummary({ ...counts, skipped: 0 }), columns: null };
  }
  const { summary } = previewParsedSchedule(db, parsed.parsed);
  return { ...summary, columns: parsed.parsed.columns ?? null };
}

/** The import of an already parsed file: one transaction, the same rules as importText. */
export function importParsedText(db: Db, parsed: ParsedText, skipBad = false, apply: ApplyOptions = {}): ImportSummary {
  if (parsed.kind === 'feed') {
    const { counts } = applyImport(db, parsed.batch, apply);
    return feedSummary({ ...counts, skipped: 0 });
  }
  return importParsedSchedule(db, parsed.parsed, skipBad, apply).summary;
}

// Imports a file's text (dropped or picked in the app): feeds go to the feed scraper, schedules to the importers.
import type { ImportSummary, MappableField, ScheduleFormat } from '../../shared/types';
import { scrapeFeed } from '../feed/scrape-feed';
import { applyImport, dryRunImport, type ApplyOptions } from '../store/apply-import';
import type { Db } from '../store/db';
import type { CsvColumns } from './csv';
import { detectFormat } from './detect-format';
import type { ImportOptions } from './import-options';
import { importSchedule, previewSchedule } from './import-schedule';

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

function feedBatch(request: TextImport) {
  const { feed, sessions } = scrapeFeed(request.text, request.name);
  return { source: { kind: 'feed' as const, location: `file:${request.name}`, title: feed.title }, sessions };
}

function feedSummary(counts: ImportSummary['counts']): ImportSummary {
  return { format: 'feed', event: null, timeZone: null, counts, problems: [] };
}

export function previewText(db: Db, request: TextImport): ImportSummary & { columns: CsvColumns | null } {
  if ((request.format ?? detectFormat(request.text)) === 'feed') {
    const { counts } = dryRunImport(db, feedBatch(request));
    return { ...feedSummary({ ...counts, skipped: 0 }), columns: null };
  }
  const { summary, parsed } = previewSchedule(db, request.text, scheduleOptions(request));
  return { ...summary, columns: parsed.columns ?? null };
}

export function importText(db: Db, request: TextImport, skipBad = false, apply: ApplyOptions = {}): ImportSummary {
  if ((request.format ?? detectFormat(request.text)) === 'feed') {
    const { counts } = applyImport(db, feedBatch(request), apply);
    return feedSummary({ ...counts, skipped: 0 });
  }
  return importSchedule(db, request.text, scheduleOptions(request), skipBad, apply).summary;
}

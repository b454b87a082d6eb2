// Previews (dry run, rolled back) or applies a schedule file's sessions: the one path the CLI and the app share.
import { KubeplanError } from '../../shared/errors';
import type { ImportResult, ImportSummary } from '../../shared/types';
import { applyImport, dryRunImport, type ApplyOptions } from '../store/apply-import';
import type { Db } from '../store/db';
import type { ImportOptions } from './import-options';
import { parseSchedule, type ParsedScheduleFile } from './parse-schedule';

export interface SchedulePreview {
  summary: ImportSummary;
  parsed: ParsedScheduleFile;
}

/** The summary of a dry run or an import of `parsed` (the import use case adds the plan's impact). */
export function summarize(parsed: ParsedScheduleFile, result: ImportResult): ImportSummary {
  return {
    format: parsed.format,
    event: parsed.event,
    timeZone: parsed.timeZone,
    counts: { ...result.counts, skipped: parsed.problems.length },
    problems: parsed.problems,
    warnings: parsed.warnings ?? [],
    eventFrom: parsed.eventFrom ?? null,
  };
}

/** Parses and dry-runs the import: exact counts of what would change, nothing written. */
export function previewSchedule(
  db: Db,
  text: string,
  options: ImportOptions,
  apply: ApplyOptions = {},
): SchedulePreview {
  return previewParsedSchedule(db, parseSchedule(text, options), apply);
}

/** The preview of a file parsed elsewhere (in a worker, so a big file never blocks the window). */
export function previewParsedSchedule(db: Db, parsed: ParsedScheduleFile, apply: ApplyOptions = {}): SchedulePreview {
  return { summary: summarize(parsed, dryRunImport(db, parsed.batch, apply)), parsed };
}

/**
 * Imports the file in one transaction. Problems stop it unless `skipBad` says to import the good
 * rows; a file with no usable session never lands.
 */
export function importSchedule(
  db: Db,
  text: string,
  options: ImportOptions,
  skipBad = false,
  apply: ApplyOptions = {},
): { summary: ImportSummary; result: ImportResult } {
  return importParsedSchedule(db, parseSchedule(text, options), skipBad, apply);
}

/** The import of a file parsed elsewhere: the same rules for problems, the same one transaction. */
export function importParsedSchedule(
  db: Db,
  parsed: ParsedScheduleFile,
  skipBad = false,
  apply: ApplyOptions = {},
): { summary: ImportSummary; result: ImportResult } {
  const { problems } = parsed;
  const usable = parsed.batch.sessions.length + (parsed.batch.cancelled?.length ?? 0);
  if (problems.length > 0 && (!skipBad || usable === 0)) {
    const first = problems[0]!;
    const more = problems.length > 1 ? ` (and ${problems.length - 1} more)` : '';
    const hint =
      usable > 0
        ? `; nothing was imported: skip the bad rows to import the ${usable} good ones`
        : '; nothing was imported';
    throw new KubeplanError('parse-error', `${first.message}${more}${hint}`, first.where);
  }
  const result = applyImport(db, parsed.batch, apply);
  return { summary: summarize(parsed, result), result };
}

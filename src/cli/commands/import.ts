// `kubeplan import FILE|URL...`: feeds (RSS/Atom/RDF) and organizer schedules, format sniffed from the content.
import { backupOnce } from '../../core/store/backups';
import { loadSource, scrapeSource } from '../../core/use-cases/import-source';
import { parseMapOption } from '../../core/importers/csv-columns';
import { detectFormat } from '../../core/importers/detect-format';
import type { ImportOptions } from '../../core/importers/import-options';
import { importSchedule, previewSchedule } from '../../core/importers/import-schedule';
import { applyImport, dryRunImport } from '../../core/store/apply-import';
import { SCHEDULE_FORMATS, type ImportSummary, type ScheduleFormat } from '../../shared/types';
import { UsageError, type Command, type CommandContext } from '../command';
import { printJson, type CliIo } from '../io';

function printSummary(io: CliIo, file: string, summary: ImportSummary, dryRun: boolean): void {
  const { counts } = summary;
  io.stdout(
    `${file}: ${summary.format}${summary.event ? `, ${summary.event}` : ''}${summary.timeZone ? `, times in ${summary.timeZone}` : ''}\n` +
      `  ${dryRun ? 'would import: ' : ''}${counts.new} new, ${counts.changed} changed, ${counts.removed} removed, ${counts.unchanged} unchanged, ${counts.skipped} skipped\n`,
  );
  for (const problem of summary.problems) io.stdout(`  problem: ${problem.where}: ${problem.message}\n`);
}

function scheduleOptions(file: string, location: string, values: CommandContext['values']): ImportOptions {
  const format = values['format'] as string | undefined;
  if (format && !(SCHEDULE_FORMATS as readonly string[]).includes(format) && format !== 'feed') {
    throw new UsageError(`--format must be one of feed, ${SCHEDULE_FORMATS.join(', ')}`);
  }
  let map: ImportOptions['map'];
  try {
    map = values['map'] ? parseMapOption(values['map'] as string) : undefined;
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
  const options: ImportOptions = { file, location };
  if (format && format !== 'feed') options.format = format as ScheduleFormat;
  if (values['tz']) options.timeZone = values['tz'] as string;
  if (values['event']) options.event = values['event'] as string;
  if (map) options.map = map;
  return options;
}

export const importCommand: Command = {
  name: 'import',
  usage:
    'import <file|url>...    store sessions from feeds (RSS/Atom/RDF) or schedules (iCal, Sessionize, frab, Pentabarf, CSV)\n' +
    '                          [--dry-run] [--skip-bad] [--format F] [--tz ZONE] [--event NAME] [--map field=Header,...]',
  options: {
    'dry-run': { type: 'boolean', default: false },
    'skip-bad': { type: 'boolean', default: false },
    format: { type: 'string' },
    tz: { type: 'string' },
    event: { type: 'string' },
    map: { type: 'string' },
  },
  async run({ args, json, io, openDb, values }) {
    if (args.length === 0) throw new UsageError('import needs at least one file or URL');
    const db = openDb();
    const dryRun = values['dry-run'] === true;
    // One automatic backup per command, taken just before the first file is written (not for a file that fails).
    const backup = backupOnce(db, 'before-import');
    for (const file of args) {
      const loaded = await loadSource(file);
      const forced = values['format'] as string | undefined;
      if ((forced ?? detectFormat(loaded.text)) === 'feed') {
        const { title, sessions } = scrapeSource(loaded);
        const batch = { source: { kind: 'feed' as const, location: loaded.location, title }, sessions };
        if (dryRun) {
          const { counts } = dryRunImport(db, batch);
          const summary: ImportSummary = {
            format: 'feed',
            event: sessions.find((s) => s.event)?.event ?? null,
            timeZone: sessions.find((s) => s.timeZone)?.timeZone ?? null,
            counts: { ...counts, skipped: 0 },
            problems: [],
          };
          if (json) printJson(io, summary);
          else printSummary(io, file, summary, true);
          continue;
        }
        const { counts } = applyImport(
          db,
          batch,
          loaded.fetchMeta ? { fetchMeta: loaded.fetchMeta, beforeWrite: backup } : { beforeWrite: backup },
        );
        if (json) printJson(io, { file, counts });
        else
          io.stdout(
            `${file}: ${counts.new} new, ${counts.changed} changed, ${counts.removed} removed, ${counts.unchanged} unchanged\n`,
          );
        continue;
      }
      const options = scheduleOptions(file, loaded.location, values);
      if (dryRun) {
        const { summary } = previewSchedule(db, loaded.text, options);
        if (json) printJson(io, summary);
        else printSummary(io, file, summary, true);
        continue;
      }
      const { summary } = importSchedule(db, loaded.text, options, values['skip-bad'] === true, {
        beforeWrite: backup,
      });
      if (json) printJson(io, summary);
      else printSummary(io, file, summary, false);
    }
    return 0;
  },
};

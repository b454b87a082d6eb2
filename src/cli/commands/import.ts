// `kubeplan import FILE...`: feeds (RSS/Atom) and organizer schedules, format sniffed from the content.
import path from 'node:path';
import { importFeedFile, readTextFile } from '../../core/catalog/import-file';
import { parseMapOption } from '../../core/importers/csv-columns';
import { detectFormat } from '../../core/importers/detect-format';
import type { ImportOptions } from '../../core/importers/import-options';
import { importSchedule, previewSchedule } from '../../core/importers/import-schedule';
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

function scheduleOptions(file: string, values: CommandContext['values']): ImportOptions {
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
  const options: ImportOptions = { file, location: path.resolve(file) };
  if (format && format !== 'feed') options.format = format as ScheduleFormat;
  if (values['tz']) options.timeZone = values['tz'] as string;
  if (values['event']) options.event = values['event'] as string;
  if (map) options.map = map;
  return options;
}

export const importCommand: Command = {
  name: 'import',
  usage:
    'import <file>...        store sessions from feeds (RSS/Atom) or schedules (iCal, Sessionize, frab, Pentabarf, CSV)\n' +
    '                          [--dry-run] [--skip-bad] [--format F] [--tz ZONE] [--event NAME] [--map field=Header,...]',
  options: {
    'dry-run': { type: 'boolean', default: false },
    'skip-bad': { type: 'boolean', default: false },
    format: { type: 'string' },
    tz: { type: 'string' },
    event: { type: 'string' },
    map: { type: 'string' },
  },
  run({ args, json, io, openDb, values }) {
    if (args.length === 0) throw new UsageError('import needs at least one file');
    const db = openDb();
    const dryRun = values['dry-run'] === true;
    for (const file of args) {
      const text = readTextFile(path.resolve(file));
      const forced = values['format'] as string | undefined;
      if ((forced ?? detectFormat(text)) === 'feed') {
        const { counts } = importFeedFile(db, file);
        if (json) printJson(io, { file, counts });
        else
          io.stdout(
            `${file}: ${counts.new} new, ${counts.changed} changed, ${counts.removed} removed, ${counts.unchanged} unchanged\n`,
          );
        continue;
      }
      const options = scheduleOptions(file, values);
      if (dryRun) {
        const { summary } = previewSchedule(db, text, options);
        if (json) printJson(io, summary);
        else printSummary(io, file, summary, true);
        continue;
      }
      const { summary } = importSchedule(db, text, options, values['skip-bad'] === true);
      if (json) printJson(io, summary);
      else printSummary(io, file, summary, false);
    }
    return 0;
  },
};

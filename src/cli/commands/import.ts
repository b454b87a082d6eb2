// `kubeplan import FILE|URL...`: feeds (RSS/Atom/RDF) and organizer schedules, format sniffed from the
// content; a thin adapter over the import use case (the app's drop and picker take the same path).
import { parseMapOption } from '../../core/importers/csv-columns';
import { backupBeforeWrite } from '../../core/store/backups';
import type { UseCaseDeps } from '../../core/use-cases/deps';
import { importSource, loadSource, previewImport, type ImportChoices } from '../../core/use-cases/import-source';
import { RemovalsNeedConfirmation, removalLines } from '../../core/use-cases/import-impact';
import { importRecordings, isYouTubeFeed } from '../../core/use-cases/recordings';
import { printRecordingsResult } from './recordings';
import { errorMessage } from '../../shared/errors';
import { countsSentence, starredEffectLine } from '../../shared/summary-text';
import { SCHEDULE_FORMATS, type DetectedFormat, type ImportReport } from '../../shared/types';
import { UsageError, type Command, type CommandContext } from '../command';
import { printJson, type CliIo } from '../io';

const FORMATS: readonly string[] = ['feed', ...SCHEDULE_FORMATS];

/** The preview and the import lead with what happens to your starred sessions, then the counts. */
function printSummary(io: CliIo, file: string, summary: ImportReport, dryRun: boolean): void {
  // An event name guessed from the file name is said so, with how to give the right one.
  const guessed = summary.eventFrom === 'file-name' ? ' (event named from the file name; --event NAME to change)' : '';
  io.stdout(
    `${file}: ${summary.format}${summary.event ? `, ${summary.event}${guessed}` : ''}${summary.timeZone ? `, times in ${summary.timeZone}` : ''}\n`,
  );
  if (summary.starred.length > 0) {
    io.stdout(`  your sessions: ${dryRun ? 'would change' : 'changed'}:\n`);
    for (const entry of summary.starred) io.stdout(`    ${starredEffectLine(entry)}\n`);
  }
  io.stdout(`  ${dryRun ? 'would import: ' : ''}${countsSentence(summary.counts)}\n`);
  for (const reason of summary.removals.reasons) {
    io.stdout(`  ${dryRun ? 'needs --allow-removals: ' : 'allowed: '}${reason}\n`);
  }
  for (const problem of summary.problems) io.stdout(`  problem: ${problem.where}: ${problem.message}\n`);
  for (const warning of summary.warnings ?? []) io.stdout(`  warning: ${warning.where}: ${warning.message}\n`);
}

/** `--json`: one object per file, in the order given (README, "Importing organizer schedules"). */
function jsonSummary(file: string, summary: ImportReport) {
  const { format, event, timeZone, counts, problems, starred, removals } = summary;
  return { file, format, event, timeZone, starred, counts, removals, problems, warnings: summary.warnings ?? [] };
}

function choicesOf(values: CommandContext['values']): ImportChoices {
  const format = values['format'] as string | undefined;
  if (format !== undefined && !FORMATS.includes(format)) {
    throw new UsageError(`--format must be one of ${FORMATS.join(', ')}`);
  }
  const choices: ImportChoices = {};
  if (format) choices.format = format as DetectedFormat;
  if (values['tz']) choices.timeZone = values['tz'] as string;
  if (values['event']) choices.event = values['event'] as string;
  try {
    if (values['map']) choices.map = parseMapOption(values['map'] as string);
  } catch (error) {
    throw new UsageError(errorMessage(error));
  }
  return choices;
}

export const importCommand: Command = {
  name: 'import',
  usage:
    'import <file|url>...    store sessions from feeds (RSS/Atom/RDF) or schedules (iCal, Sessionize, frab, Pentabarf, CSV);\n' +
    '                          a YouTube channel or playlist feed adds recordings to its sessions\n' +
    '                          [--dry-run] [--skip-bad] [--allow-removals] [--format F] [--tz ZONE] [--event NAME]\n' +
    '                          [--map field=Header|column,...] [--max-size MB]',
  options: {
    'dry-run': { type: 'boolean', default: false },
    'skip-bad': { type: 'boolean', default: false },
    'allow-removals': { type: 'boolean', default: false },
    format: { type: 'string' },
    tz: { type: 'string' },
    event: { type: 'string' },
    map: { type: 'string' },
    'max-size': { type: 'string' },
  },
  async run({ args, json, io, deps, values }) {
    if (args.length === 0) throw new UsageError('import needs at least one file or URL');
    const choices = choicesOf(values);
    const maxSize = values['max-size'] as string | undefined;
    if (maxSize !== undefined && !/^\d+(\.\d+)?$/.test(maxSize)) throw new UsageError('--max-size must be megabytes');
    const maxFileBytes = maxSize === undefined ? undefined : Math.round(Number(maxSize) * 1024 * 1024);
    const dryRun = values['dry-run'] === true;
    // One automatic backup per command, taken just before the first file is written (not for a file that fails).
    const base = deps();
    let backedUp = false;
    const shared: UseCaseDeps = {
      ...base,
      backup: (reason) => {
        if (backedUp) return;
        backedUp = true;
        backupBeforeWrite(base.db, reason);
      },
    };
    for (const file of args) {
      // Read once: the same text decides what the document is and is imported (a URL is fetched once).
      const source = await loadSource(file, base.fetch, maxFileBytes);
      // A YouTube channel or playlist feed holds recordings, not sessions: they are matched to sessions.
      if (!dryRun && choices.format === undefined && isYouTubeFeed(source.text)) {
        const result = importRecordings(shared, { text: source.text, name: source.location });
        if (json) printJson(io, result);
        else printRecordingsResult(io, result);
        continue;
      }
      const input = { ...choices, source };
      const summary = dryRun
        ? await previewImport(shared, input)
        : await importSource(shared, input, {
            skipBad: values['skip-bad'] === true,
            allowRemovals: values['allow-removals'] === true,
          }).catch((error: unknown) => {
            // What would go, listed in full before the one-line refusal.
            if (error instanceof RemovalsNeedConfirmation) {
              io.stderr(
                `${file}: the import would remove:\n${removalLines(error.impact)
                  .map((l) => `  ${l}\n`)
                  .join('')}`,
              );
            }
            throw error;
          });
      if (json) printJson(io, jsonSummary(file, summary));
      else printSummary(io, file, summary, dryRun);
    }
    return 0;
  },
};

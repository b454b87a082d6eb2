// `kubeplan export`: writes the agenda, a track, an event, a search's results or one session as .ics,
// frab XML, c3voc JSON or CSV (to a file or standard output); a thin adapter over the export use case.
import { exportSessions, saveExport } from '../../core/use-cases/export-sessions';
import type { IcsExportScope } from '../../shared/agenda-types';
import {
  EXPORT_FORMATS,
  describeLeftOut,
  describeSkipped,
  type ExportFormat,
  type LeftOutNonSessions,
  type SkippedCounts,
} from '../../shared/export-types';
import { UsageError, type Command } from '../command';
import { printJson } from '../io';

function scopeOf(values: Record<string, unknown>): IcsExportScope {
  const chosen = ['agenda', 'track', 'event', 'query', 'session'].filter(
    (k) => values[k] !== undefined && values[k] !== false,
  );
  if (chosen.length !== 1)
    throw new UsageError('export needs exactly one of --agenda, --track, --event, --query, --session');
  if (values['include-breaks'] === true && typeof values['event'] !== 'string')
    throw new UsageError('--include-breaks goes with --event (a whole event)');
  if (values['agenda'] === true) return { kind: 'agenda', includeMaybe: values['maybe'] === true };
  if (typeof values['track'] === 'string') return { kind: 'track', track: values['track'] };
  if (typeof values['event'] === 'string')
    return { kind: 'event', event: values['event'], includeNonSessions: values['include-breaks'] === true };
  if (typeof values['session'] === 'string') return { kind: 'session', sessionKey: values['session'] };
  return { kind: 'search', query: String(values['query']) };
}

function formatOf(value: unknown): ExportFormat {
  const format = value === undefined ? 'ics' : String(value);
  if (!(EXPORT_FORMATS as readonly string[]).includes(format)) {
    throw new UsageError(`--format must be one of ${EXPORT_FORMATS.join(', ')} (not "${format}")`);
  }
  return format as ExportFormat;
}

export const exportCommand: Command = {
  name: 'export',
  usage:
    'export --agenda [--maybe] | --track NAME | --event NAME | --query Q | --session KEY -o FILE\n' +
    '                          [--format ics|frab-xml|schedule-json|csv]: write sessions as iCalendar\n' +
    '                          (the default), frab schedule.xml, c3voc schedule.json or CSV;\n' +
    '                          --include-breaks: a whole event with its breaks and registration too',
  options: {
    agenda: { type: 'boolean' },
    maybe: { type: 'boolean', default: false },
    track: { type: 'string' },
    event: { type: 'string' },
    query: { type: 'string' },
    session: { type: 'string' },
    output: { type: 'string', short: 'o' },
    format: { type: 'string' },
    'include-breaks': { type: 'boolean', default: false },
  },
  async run({ values, json, io, deps }) {
    const format = formatOf(values['format']);
    const output = values['output'];
    if (typeof output !== 'string') throw new UsageError('export needs -o FILE (or -o - for standard output)');
    const scope = scopeOf(values);
    let counts: SkippedCounts & { format: ExportFormat; eventCount: number; leftOut?: LeftOutNonSessions };
    if (output === '-') {
      const { text, suggestedName: _name, ...rest } = exportSessions(deps(), scope, format);
      io.stdout(text);
      counts = rest;
    } else {
      const { path: _path, ...rest } = (await saveExport(deps(), scope, format, () => Promise.resolve(output)))!;
      counts = rest;
      if (!json) io.stdout(`${output}: ${counts.eventCount} events\n`);
    }
    if (json) printJson(io, { file: output, ...counts });
    for (const phrase of describeSkipped(counts)) io.stderr(`kubeplan: ${phrase} left out\n`);
    const notSessions = describeLeftOut(counts.leftOut);
    if (notSessions) io.stderr(`kubeplan: ${notSessions} left out; --include-breaks writes them too\n`);
    return 0;
  },
};

// `kubeplan export`: writes the agenda, a track, an event, a search's results or one session as an
// .ics file (or to standard output); a thin adapter over the export use case.
import { exportIcs, saveIcs } from '../../core/use-cases/export-ics';
import type { IcsExportScope } from '../../shared/agenda-types';
import { plural } from '../../shared/summary-text';
import { UsageError, type Command } from '../command';
import { printJson } from '../io';

function scopeOf(values: Record<string, unknown>): IcsExportScope {
  const chosen = ['agenda', 'track', 'event', 'query', 'session'].filter(
    (k) => values[k] !== undefined && values[k] !== false,
  );
  if (chosen.length !== 1)
    throw new UsageError('export needs exactly one of --agenda, --track, --event, --query, --session');
  if (values['agenda'] === true) return { kind: 'agenda', includeMaybe: values['maybe'] === true };
  if (typeof values['track'] === 'string') return { kind: 'track', track: values['track'] };
  if (typeof values['event'] === 'string') return { kind: 'event', event: values['event'] };
  if (typeof values['session'] === 'string') return { kind: 'session', sessionKey: values['session'] };
  return { kind: 'search', query: String(values['query']) };
}

export const exportCommand: Command = {
  name: 'export',
  usage:
    'export --agenda [--maybe] | --track NAME | --event NAME | --query Q | --session KEY -o FILE.ics\n' +
    '                          write sessions as an iCalendar file',
  options: {
    agenda: { type: 'boolean' },
    maybe: { type: 'boolean', default: false },
    track: { type: 'string' },
    event: { type: 'string' },
    query: { type: 'string' },
    session: { type: 'string' },
    output: { type: 'string', short: 'o' },
  },
  async run({ values, json, io, deps }) {
    const output = values['output'];
    if (typeof output !== 'string') throw new UsageError('export needs -o FILE.ics (or -o - for standard output)');
    const scope = scopeOf(values);
    let result: { eventCount: number; skippedNoDay: number };
    if (output === '-') {
      const exported = exportIcs(deps(), scope);
      io.stdout(exported.text);
      result = exported;
    } else {
      result = (await saveIcs(deps(), scope, () => Promise.resolve(output)))!;
      if (!json) io.stdout(`${output}: ${result.eventCount} events\n`);
    }
    if (json) printJson(io, { file: output, eventCount: result.eventCount, skippedNoDay: result.skippedNoDay });
    if (result.skippedNoDay > 0) {
      io.stderr(`kubeplan: ${plural(result.skippedNoDay, 'session')} with no day yet left out\n`);
    }
    return 0;
  },
};

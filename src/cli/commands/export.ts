// `kubeplan export`: writes the agenda, a track, an event or a search's results as .ics, frab XML, c3voc JSON or CSV.
import { exportSelection } from '../../core/export/export-from-store';
import { writeIcsFile } from '../../core/ical/write-ics-file';
import { emptyFilters } from '../../core/search/filters';
import { searchCatalogue } from '../../core/search/search-catalogue';
import { buildIndex } from '../../core/search/search-index';
import { listSessions } from '../../core/store/read-sessions';
import type { IcsExportScope } from '../../shared/agenda-types';
import { EXPORT_FORMATS, describeSkipped, type ExportFormat } from '../../shared/export-types';
import type { SessionView } from '../../shared/types';
import { UsageError, type Command } from '../command';
import { printJson } from '../io';

/** The same search as the app and `kubeplan search` (phrases, -exclusions, typo rules). */
function searchIds(sessions: SessionView[], query: string): string[] {
  if (query.trim() === '') return [];
  const active = sessions.filter((s) => s.status === 'active');
  const { hits } = searchCatalogue(buildIndex(active), query, emptyFilters(), new Date());
  const found = new Set(hits.map((hit) => hit.session.id));
  // Calendar order, not relevance order.
  return active.filter((s) => found.has(s.id)).map((s) => s.id);
}

function scopeOf(values: Record<string, unknown>, sessions: SessionView[]): IcsExportScope {
  const chosen = ['agenda', 'track', 'event', 'query', 'session'].filter(
    (k) => values[k] !== undefined && values[k] !== false,
  );
  if (chosen.length !== 1)
    throw new UsageError('export needs exactly one of --agenda, --track, --event, --query, --session');
  if (values['agenda'] === true) return { kind: 'agenda', includeMaybe: values['maybe'] === true };
  if (typeof values['track'] === 'string') return { kind: 'track', track: values['track'] };
  if (typeof values['event'] === 'string') return { kind: 'event', event: values['event'] };
  if (typeof values['session'] === 'string') return { kind: 'session', id: values['session'] };
  const query = String(values['query']);
  const ids = searchIds(sessions, query);
  if (ids.length === 0) throw new UsageError(`no sessions match "${query}"`);
  return { kind: 'sessions', ids };
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
    'export --agenda [--maybe] | --track NAME | --event NAME | --query Q | --session ID -o FILE\n' +
    '                          [--format ics|frab-xml|schedule-json|csv]: write sessions as iCalendar\n' +
    '                          (the default), frab schedule.xml, c3voc schedule.json or CSV',
  options: {
    agenda: { type: 'boolean' },
    maybe: { type: 'boolean', default: false },
    track: { type: 'string' },
    event: { type: 'string' },
    query: { type: 'string' },
    session: { type: 'string' },
    output: { type: 'string', short: 'o' },
    format: { type: 'string' },
  },
  run({ values, json, io, openDb }) {
    const format = formatOf(values['format']);
    const output = values['output'];
    if (typeof output !== 'string') throw new UsageError('export needs -o FILE (or -o - for standard output)');
    const db = openDb();
    const sessions = listSessions(db, { includeRemoved: true });
    const result = exportSelection(db, scopeOf(values, sessions), format, new Date(), sessions);
    if (output === '-') io.stdout(result.text);
    else writeIcsFile(output, result.text, `the ${format} export`);
    const { text: _text, suggestedName: _name, ...counts } = result;
    if (json) printJson(io, { file: output, ...counts });
    else if (output !== '-') {
      io.stdout(`${output}: ${result.eventCount} events\n`);
    }
    for (const phrase of describeSkipped(result)) io.stderr(`kubeplan: ${phrase} left out\n`);
    return 0;
  },
};

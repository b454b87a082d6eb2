// `kubeplan export`: writes the agenda, a track, an event or a search's results as an .ics file.
import { exportFromStore, plural } from '../../core/ical/export-selection';
import { writeIcsFile } from '../../core/ical/write-ics-file';
import { emptyFilters } from '../../core/search/filters';
import { searchCatalogue } from '../../core/search/search-catalogue';
import { buildIndex } from '../../core/search/search-index';
import { listSessions } from '../../core/store/read-sessions';
import type { IcsExportScope } from '../../shared/agenda-types';
import type { SessionView } from '../../shared/types';
import { UsageError, type Command } from '../command';
import { printJson } from '../io';

/** The same search as the app and `kubeplan search` (phrases, -exclusions, typo rules). */
function searchIds(sessions: SessionView[], query: string): string[] {
  if (query.trim() === '') return [];
  const active = sessions.filter((s) => s.status === 'active');
  const { hits } = searchCatalogue(buildIndex(active), query, emptyFilters(), new Date());
  const found = new Set(hits.map((hit) => hit.session.sessionKey));
  // Calendar order, not relevance order.
  return active.filter((s) => found.has(s.sessionKey)).map((s) => s.sessionKey);
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
  if (typeof values['session'] === 'string') return { kind: 'session', sessionKey: values['session'] };
  const query = String(values['query']);
  const ids = searchIds(sessions, query);
  if (ids.length === 0) throw new UsageError(`no sessions match "${query}"`);
  return { kind: 'sessions', sessionKeys: ids };
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
  run({ values, json, io, openDb }) {
    const output = values['output'];
    if (typeof output !== 'string') throw new UsageError('export needs -o FILE.ics (or -o - for standard output)');
    const db = openDb();
    const sessions = listSessions(db, { includeRemoved: true });
    const result = exportFromStore(db, scopeOf(values, sessions), new Date(), sessions);
    if (output === '-') io.stdout(result.text);
    else writeIcsFile(output, result.text);
    const summary = { file: output, eventCount: result.eventCount, skippedNoDay: result.skippedNoDay };
    if (json) printJson(io, summary);
    else if (output !== '-') {
      io.stdout(`${output}: ${result.eventCount} events\n`);
    }
    if (result.skippedNoDay > 0) {
      io.stderr(`kubeplan: ${plural(result.skippedNoDay, 'session')} with no day yet left out\n`);
    }
    return 0;
  },
};

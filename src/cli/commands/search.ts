// `kubeplan search QUERY [--track T]...`: the app's catalogue search (same index, ranking and filters).
import { foldTerm } from '../../core/search/fold';
import { emptyFilters, type CatalogueFilters, type Facet } from '../../core/search/filters';
import { resultHits, searchCatalogue } from '../../core/search/search-catalogue';
import { buildIndex } from '../../core/search/search-index';
import { listSessions } from '../../core/store/read-sessions';
import type { SessionView } from '../../shared/types';
import { UsageError, type Command, type CommandContext } from '../command';
import { sessionLine } from '../format';
import { printJson } from '../io';
import { toCliSession } from '../session-json';

const FACET_OPTIONS: Record<string, Facet> = {
  track: 'track',
  event: 'event',
  day: 'day',
  kind: 'kind',
  room: 'room',
  affiliation: 'affiliation',
};

function asList(value: CommandContext['values'][string]): string[] {
  if (value === undefined) return [];
  return (Array.isArray(value) ? value : [value]).filter((v): v is string => typeof v === 'string');
}

/** Maps what was typed (`--track security`) to the stored value (`SECURITY`), case and accents aside. */
function resolveValues(sessions: SessionView[], facet: Facet, typed: string[]): string[] {
  if (typed.length === 0) return [];
  const known = new Map<string, string>();
  for (const s of sessions) {
    const values =
      facet === 'affiliation'
        ? s.speakers.flatMap((p) => (p.affiliation ? [p.affiliation] : []))
        : [{ track: s.track, event: s.event, day: s.date, kind: s.kind, room: s.room }[facet]];
    for (const v of values) if (v) known.set(foldTerm(v), v);
  }
  return typed.map((t) => {
    const value = known.get(foldTerm(t));
    if (!value) throw new UsageError(`no ${facet} "${t}" in the catalogue`);
    return value;
  });
}

export const searchCommand: Command = {
  name: 'search',
  usage: 'search <query>          search sessions like the app does ("phrase", -word, --track T…)',
  options: {
    track: { type: 'string', multiple: true },
    event: { type: 'string', multiple: true },
    day: { type: 'string', multiple: true },
    kind: { type: 'string', multiple: true },
    room: { type: 'string', multiple: true },
    affiliation: { type: 'string', multiple: true },
    starred: { type: 'boolean', default: false },
    unscheduled: { type: 'boolean', default: false },
    upcoming: { type: 'boolean', default: false },
  },
  run({ args, values, json, io, openDb }) {
    const query = args.join(' ');
    const sessions = listSessions(openDb());
    const filters: CatalogueFilters = emptyFilters();
    for (const [option, facet] of Object.entries(FACET_OPTIONS)) {
      filters.selected[facet] = resolveValues(sessions, facet, asList(values[option]));
    }
    filters.starredOnly = values['starred'] === true;
    filters.unscheduledOnly = values['unscheduled'] === true;
    filters.hidePast = values['upcoming'] === true;
    const hits = resultHits(searchCatalogue(buildIndex(sessions), query, filters, new Date()));
    if (json) {
      printJson(
        io,
        hits.map((hit) => toCliSession(hit.session)),
      );
      return 0;
    }
    for (const { session } of hits) io.stdout(sessionLine(session));
    io.stdout(`${hits.length} ${hits.length === 1 ? 'session' : 'sessions'}\n`);
    return 0;
  },
};

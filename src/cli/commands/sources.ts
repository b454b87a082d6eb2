// `kubeplan sources list|add|remove|refresh`: every source (feeds, subscribed schedules, the bundled
// document) with its last fetch, status, last error and session count; a thin adapter over the sources use case.
import type { UseCaseDeps } from '../../core/use-cases/deps';
import { addSource, listSources, refreshAllSources, refreshSource, removeSource } from '../../core/use-cases/sources';
import { sourceRefreshLines } from '../../shared/summary-text';
import type { SourceRefresh } from '../../shared/types';
import { UsageError, type Command } from '../command';
import { printJson, type CliIo } from '../io';

function sourceId(deps: UseCaseDeps, arg: string | undefined): number {
  if (!arg) throw new UsageError('give the source id or location (see kubeplan sources list)');
  const sources = listSources(deps);
  const byId = /^\d+$/.test(arg) ? sources.find((s) => s.id === Number(arg)) : undefined;
  const source = byId ?? sources.find((s) => s.location === arg);
  if (!source) throw new UsageError(`no source "${arg}"`);
  return source.id;
}

/** Held back or failed refreshes exit 1; a skipped file source is not a failure. */
function report(io: CliIo, json: boolean, outcomes: SourceRefresh[]): number {
  if (json) printJson(io, outcomes);
  else for (const o of outcomes) io.stdout(`${sourceRefreshLines(o).join('\n')}\n`);
  return outcomes.some((o) => o.status === 'error' || o.status === 'held') ? 1 : 0;
}

export const sourcesCommand: Command = {
  name: 'sources',
  usage:
    'sources add|list|remove|refresh [url|file|id]  subscribed feeds and schedules [--allow-removals] [--tz ZONE] [--event NAME]',
  options: {
    'allow-removals': { type: 'boolean', default: false },
    tz: { type: 'string' },
    event: { type: 'string' },
  },
  async run({ args, json, io, deps, values }) {
    const [action, target] = args;
    const options = { allowRemovals: values['allow-removals'] === true };
    switch (action) {
      case 'add':
        if (!target) throw new UsageError('sources add needs a URL or a file');
        return report(io, json, [
          await addSource(deps(), target, {
            ...(values['tz'] ? { timeZone: values['tz'] as string } : {}),
            ...(values['event'] ? { event: values['event'] as string } : {}),
          }),
        ]);
      case 'refresh':
        return report(
          io,
          json,
          target
            ? [await refreshSource(deps(), sourceId(deps(), target), options)]
            : await refreshAllSources(deps(), options),
        );
      case 'remove': {
        const { counts, backup } = removeSource(deps(), sourceId(deps(), target));
        if (json) printJson(io, { removed: target, counts, backup: backup?.file ?? null });
        else {
          io.stdout(`removed ${target}; ${counts.removed} sessions no other source lists were marked removed\n`);
          // The way back: the automatic backup taken just before (the app's Sources screen offers it as "Undo removal").
          if (backup) io.stdout(`the database as it was before is kept in ${backup.file}\n`);
        }
        return 0;
      }
      case 'list':
      case undefined: {
        const sources = listSources(deps());
        if (json) {
          printJson(io, sources);
          return 0;
        }
        for (const s of sources) {
          const status = s.lastStatus === 'error' ? `error: ${s.lastError ?? ''}` : (s.lastStatus ?? 'never fetched');
          const zone = s.settings?.timeZone ? `, times in ${s.settings.timeZone}` : '';
          io.stdout(
            `${String(s.id).padStart(3)}  ${s.kind.padEnd(8)}  ${s.location}\n` +
              `     ${s.title ?? ''}  ${s.sessionCount} sessions${zone}, last fetched ${s.lastFetchedAt ?? 'never'}, ${status}\n`,
          );
        }
        io.stdout(`${sources.length} sources\n`);
        return 0;
      }
      default:
        throw new UsageError(`unknown sources action "${action}" (add, list, remove, refresh)`);
    }
  },
};

// `kubeplan feeds add|list|remove|refresh`: the subscribed feeds, their status and last error; a thin
// adapter over the feeds and refresh use cases.
import type { UseCaseDeps } from '../../core/use-cases/deps';
import { addFeed, listFeeds, removeFeed } from '../../core/use-cases/feeds';
import { refreshAllFeeds, refreshFeed, type RefreshOutcome } from '../../core/use-cases/refresh-feeds';
import { refreshSentence, starredEffectLine } from '../../shared/summary-text';
import { UsageError, type Command } from '../command';
import type { CliIo } from '../io';
import { printJson } from '../io';

function describe(outcome: RefreshOutcome): string {
  return refreshSentence(outcome.status === 'updated' ? { ...outcome, counts: outcome.result.counts } : outcome);
}

function feedId(deps: UseCaseDeps, arg: string | undefined): number {
  if (!arg) throw new UsageError('give the feed id or URL (see kubeplan feeds list)');
  const feeds = listFeeds(deps);
  const byId = /^\d+$/.test(arg) ? feeds.find((f) => f.id === Number(arg)) : undefined;
  const feed = byId ?? feeds.find((f) => f.location === arg);
  if (!feed) throw new UsageError(`no subscribed feed "${arg}"`);
  return feed.id;
}

function report(io: CliIo, json: boolean, outcomes: RefreshOutcome[]): number {
  if (json) printJson(io, outcomes);
  else
    for (const o of outcomes) {
      io.stdout(`${describe(o)}\n`);
      // A held refresh names the starred sessions it would take away: the user decides on them.
      if (o.status === 'held') for (const entry of o.starred) io.stdout(`    ${starredEffectLine(entry)}\n`);
    }
  return outcomes.some((o) => o.status === 'error' || o.status === 'held') ? 1 : 0;
}

export const feedsCommand: Command = {
  name: 'feeds',
  usage: 'feeds add|list|remove|refresh [url|id]  manage subscribed feeds [--allow-removals]',
  options: { 'allow-removals': { type: 'boolean', default: false } },
  async run({ args, values, json, io, deps }) {
    const [action, target] = args;
    const options = { allowRemovals: values['allow-removals'] === true };
    switch (action) {
      case 'add':
        if (!target) throw new UsageError('feeds add needs a URL');
        return report(io, json, [await addFeed(deps(), target)]);
      case 'refresh':
        return report(
          io,
          json,
          target
            ? [await refreshFeed(deps(), feedId(deps(), target), options)]
            : await refreshAllFeeds(deps(), options),
        );
      case 'remove': {
        const { counts } = removeFeed(deps(), feedId(deps(), target));
        if (json) printJson(io, { removed: target, counts });
        else io.stdout(`removed ${target}; ${counts.removed} sessions no other source lists were marked removed\n`);
        return 0;
      }
      case 'list':
      case undefined: {
        const feeds = listFeeds(deps());
        if (json) {
          printJson(io, feeds);
          return 0;
        }
        for (const f of feeds) {
          const status = f.lastStatus === 'error' ? `error: ${f.lastError ?? ''}` : (f.lastStatus ?? 'never fetched');
          io.stdout(
            `${String(f.id).padStart(3)}  ${f.location}\n     ${f.title ?? ''}  ${f.sessionCount} sessions, last fetched ${f.lastFetchedAt ?? 'never'}, ${status}\n`,
          );
        }
        io.stdout(`${feeds.length} feeds\n`);
        return 0;
      }
      default:
        throw new UsageError(`unknown feeds action "${action}" (add, list, remove, refresh)`);
    }
  },
};

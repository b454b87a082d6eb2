// `kubeplan feeds add|list|remove|refresh`: the subscribed feeds, their status and last error.
import { backupBeforeWrite, backupOnce } from '../../core/store/backups';
import { addFeed, listFeeds, removeFeed } from '../../core/use-cases/feeds';
import { refreshAllFeeds, refreshFeed, type RefreshOutcome } from '../../core/use-cases/refresh-feeds';
import type { Db } from '../../core/store/db';
import { UsageError, type Command } from '../command';
import type { CliIo } from '../io';
import { printJson } from '../io';

function describe(outcome: RefreshOutcome): string {
  if (outcome.status === 'error') return `${outcome.location}: error: ${outcome.error}`;
  if (outcome.status === 'not-modified') return `${outcome.location}: unchanged (not modified)`;
  const c = outcome.result.counts;
  return `${outcome.location}: ${c.new} new, ${c.changed} changed, ${c.removed} removed, ${c.unchanged} unchanged`;
}

function feedId(db: Db, arg: string | undefined): number {
  if (!arg) throw new UsageError('give the feed id or URL (see kubeplan feeds list)');
  const feeds = listFeeds(db);
  const byId = /^\d+$/.test(arg) ? feeds.find((f) => f.id === Number(arg)) : undefined;
  const feed = byId ?? feeds.find((f) => f.location === arg);
  if (!feed) throw new UsageError(`no subscribed feed "${arg}"`);
  return feed.id;
}

function report(io: CliIo, json: boolean, outcomes: RefreshOutcome[]): number {
  if (json) printJson(io, outcomes);
  else for (const o of outcomes) io.stdout(`${describe(o)}\n`);
  return outcomes.some((o) => o.status === 'error') ? 1 : 0;
}

export const feedsCommand: Command = {
  name: 'feeds',
  usage: 'feeds add|list|remove|refresh [url|id]  manage subscribed feeds',
  async run({ args, json, io, openDb }) {
    const [action, target] = args;
    const db = openDb();
    switch (action) {
      case 'add':
        if (!target) throw new UsageError('feeds add needs a URL');
        return report(io, json, [await addFeed(db, target, { beforeWrite: backupOnce(db, 'before-feed-add') })]);
      case 'refresh': {
        const deps = { beforeWrite: backupOnce(db, 'before-feed-refresh') };
        return report(
          io,
          json,
          target ? [await refreshFeed(db, feedId(db, target), deps)] : await refreshAllFeeds(db, deps),
        );
      }
      case 'remove': {
        const id = feedId(db, target);
        backupBeforeWrite(db, 'before-feed-remove');
        const { counts } = removeFeed(db, id);
        if (json) printJson(io, { removed: target, counts });
        else io.stdout(`removed ${target}; ${counts.removed} sessions no other source lists were marked removed\n`);
        return 0;
      }
      case 'list':
      case undefined: {
        const feeds = listFeeds(db);
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

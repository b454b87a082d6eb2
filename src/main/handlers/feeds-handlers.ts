// Handlers for the feeds channels: subscriptions over core, fetched with Node's own fetch.
import { addFeed, listFeeds, removeFeed } from '../../core/use-cases/feeds';
import { refreshAllFeeds, refreshFeed, type FeedDeps, type RefreshOutcome } from '../../core/use-cases/refresh-feeds';
import { backupBeforeWrite, backupOnce } from '../../core/store/backups';
import type { FeedRefreshView, feedsChannels } from '../../shared/ipc/feeds-channels';
import { requireDb, type HandlerContext } from './context';
import type { HandlerSlice } from './types';

function toView(outcome: RefreshOutcome): FeedRefreshView {
  return {
    location: outcome.location,
    status: outcome.status,
    counts: outcome.status === 'updated' ? outcome.result.counts : null,
    error: outcome.status === 'error' ? outcome.error : null,
  };
}

/** Network limits from the context (tests shorten them), and one backup before the first write. */
function deps(ctx: HandlerContext, reason: string): FeedDeps {
  return { ...ctx.fetchOptions, beforeWrite: backupOnce(requireDb(ctx), reason) };
}

export function feedsHandlers(ctx: HandlerContext): HandlerSlice<keyof typeof feedsChannels> {
  return {
    listFeeds: () => listFeeds(requireDb(ctx)),
    addFeed: async ({ url }) => toView(await addFeed(requireDb(ctx), url, deps(ctx, 'before-feed-add'))),
    refreshFeed: async ({ id }) => toView(await refreshFeed(requireDb(ctx), id, deps(ctx, 'before-feed-refresh'))),
    refreshAllFeeds: async () => (await refreshAllFeeds(requireDb(ctx), deps(ctx, 'before-feed-refresh'))).map(toView),
    removeFeed: ({ id }) => {
      const db = requireDb(ctx);
      backupBeforeWrite(db, 'before-feed-remove');
      return removeFeed(db, id).counts;
    },
  };
}

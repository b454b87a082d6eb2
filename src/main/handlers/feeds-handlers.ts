// Handlers for the feeds channels: subscriptions over core, fetched with Node's own fetch.
import {
  addFeed,
  listFeeds,
  refreshAllFeeds,
  refreshFeed,
  removeFeed,
  type RefreshOutcome,
} from '../../core/catalog/feed-subscriptions';
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

export function feedsHandlers(ctx: HandlerContext): HandlerSlice<keyof typeof feedsChannels> {
  return {
    listFeeds: () => listFeeds(requireDb(ctx)),
    addFeed: async ({ url }) => toView(await addFeed(requireDb(ctx), url)),
    refreshFeed: async ({ id }) => toView(await refreshFeed(requireDb(ctx), id)),
    refreshAllFeeds: async () => (await refreshAllFeeds(requireDb(ctx))).map(toView),
    removeFeed: ({ id }) => removeFeed(requireDb(ctx), id).counts,
  };
}

// Handlers for the feeds channels: subscriptions over the feeds and refresh use cases.
import { addFeed, listFeeds, removeFeed } from '../../core/use-cases/feeds';
import { refreshAllFeeds, refreshFeed, type RefreshOutcome } from '../../core/use-cases/refresh-feeds';
import type { FeedRefreshView, feedsChannels } from '../../shared/ipc/feeds-channels';
import { depsOf, type App } from './context';
import type { HandlerSlice } from './types';

function toView(outcome: RefreshOutcome): FeedRefreshView {
  return {
    location: outcome.location,
    status: outcome.status,
    counts: outcome.status === 'updated' ? outcome.result.counts : null,
    error: outcome.status === 'error' ? outcome.error : null,
  };
}

export function feedsHandlers(app: App): HandlerSlice<keyof typeof feedsChannels> {
  return {
    listFeeds: () => listFeeds(depsOf(app)),
    addFeed: async ({ url }) => toView(await addFeed(depsOf(app), url)),
    refreshFeed: async ({ id }) => toView(await refreshFeed(depsOf(app), id)),
    refreshAllFeeds: async () => (await refreshAllFeeds(depsOf(app))).map(toView),
    removeFeed: ({ id }) => removeFeed(depsOf(app), id).counts,
  };
}

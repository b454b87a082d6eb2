// Handlers for the feeds channels: subscriptions over the feeds and refresh use cases. The window may
// subscribe to http(s) URLs and to files the user chose (by token), never to a path it names itself.
import { FETCH_DEFAULTS } from '../../core/feed/fetch-feed';
import { addFeed, listFeeds, removeFeed } from '../../core/use-cases/feeds';
import { refreshAllFeeds, refreshFeed, type RefreshOutcome } from '../../core/use-cases/refresh-feeds';
import { KubeplanError } from '../../shared/errors';
import type { FeedRefreshView, feedsChannels } from '../../shared/ipc/feeds-channels';
import { depsOf, type App } from './context';
import type { HandlerSlice } from './types';

const FEED_FILES = { name: 'Feeds (RSS, Atom, RDF)', extensions: ['xml', 'rss', 'atom', 'rdf'] };

function toView(outcome: RefreshOutcome): FeedRefreshView {
  return {
    location: outcome.location,
    // A held refresh is an error to the Feeds screen: nothing changed, and the message says why.
    status: outcome.status === 'held' ? 'error' : outcome.status,
    counts: outcome.status === 'updated' ? outcome.result.counts : null,
    error: outcome.status === 'updated' || outcome.status === 'not-modified' ? null : outcome.error,
  };
}

/** What the window typed must be an http(s) URL: a path or a file: URL is refused before anything is read. */
function webFeedUrl(raw: string): string {
  let url: URL | null = null;
  try {
    url = new URL(raw);
  } catch {
    // not a URL at all: a path, most likely
  }
  if (!url || (url.protocol !== 'http:' && url.protocol !== 'https:') || !url.hostname) {
    throw new KubeplanError(
      'invalid-argument',
      'a feed is subscribed by its http(s) URL; for a feed file on this computer, choose the file instead',
      'url',
    );
  }
  return url.href;
}

export function feedsHandlers(app: App): HandlerSlice<keyof typeof feedsChannels> {
  return {
    listFeeds: () => listFeeds(depsOf(app)),
    addFeed: async (input) => {
      const deps = depsOf(app);
      // A chosen file is held to the same size cap as a download, and must be a regular file.
      const maxBytes = app.services.fetchOptions?.maxBytes ?? FETCH_DEFAULTS.maxBytes;
      const location = 'token' in input ? app.services.openedFiles.take(input.token, maxBytes) : webFeedUrl(input.url);
      return toView(await addFeed(deps, location));
    },
    chooseFeedFile: async () => {
      const choose = app.services.chooseOpenPath;
      if (!choose) throw new KubeplanError('internal', 'choosing a file is not available here');
      const file = await choose(FEED_FILES);
      return file === null ? null : app.services.openedFiles.add([file])[0]!;
    },
    refreshFeed: async ({ id }) => toView(await refreshFeed(depsOf(app), id)),
    refreshAllFeeds: async () => (await refreshAllFeeds(depsOf(app))).map(toView),
    removeFeed: ({ id }) => removeFeed(depsOf(app), id).counts,
  };
}

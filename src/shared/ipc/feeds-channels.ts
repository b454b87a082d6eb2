// Channels for subscribed feeds: list with status, add a URL or a file the user chose, refresh one or all, remove.
import { z } from 'zod';
import type { ChangeCounts, SourceView } from '../types';
import { defineChannel } from './define-channel';
import type { OpenedFile } from './events';

/** What one fetch of one feed did, as the Feeds screen shows it. */
export interface FeedRefreshView {
  location: string;
  status: 'updated' | 'not-modified' | 'skipped' | 'error';
  counts: ChangeCounts | null;
  error: string | null;
}

const feedId = z.object({ id: z.number().int().positive() }).strict();

export const feedsChannels = {
  listFeeds: defineChannel<SourceView[]>()('feeds:list', z.undefined()),
  /**
   * Subscribes to an http(s) URL, or to a file the user chose, named by the token main gave for it
   * (chooseFeedFile, or a file handed to the app): the window never names a path.
   */
  addFeed: defineChannel<FeedRefreshView>()(
    'feeds:add',
    z.union([z.object({ url: z.string().trim().min(1).max(4096) }).strict(), z.object({ token: z.uuid() }).strict()]),
  ),
  /** Asks main for a feed file (an Open dialog in the app); its token, or null if cancelled. */
  chooseFeedFile: defineChannel<OpenedFile | null>()('feeds:choose-file', z.undefined()),
  refreshFeed: defineChannel<FeedRefreshView>()('feeds:refresh', feedId),
  refreshAllFeeds: defineChannel<FeedRefreshView[]>()('feeds:refresh-all', z.undefined()),
  removeFeed: defineChannel<ChangeCounts>()('feeds:remove', feedId),
};

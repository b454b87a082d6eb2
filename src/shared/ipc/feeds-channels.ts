// Channels for subscribed feeds: list with status, add a URL, refresh one or all, remove.
import { z } from 'zod';
import type { ChangeCounts, SourceView } from '../types';
import { defineChannel } from './define-channel';

/** What one fetch of one feed did, as the Feeds screen shows it. */
export interface FeedRefreshView {
  location: string;
  status: 'updated' | 'not-modified' | 'error';
  counts: ChangeCounts | null;
  error: string | null;
}

const feedId = z.object({ id: z.number().int().positive() }).strict();

export const feedsChannels = {
  listFeeds: defineChannel<SourceView[]>()('feeds:list', z.undefined()),
  addFeed: defineChannel<FeedRefreshView>()(
    'feeds:add',
    z.object({ url: z.string().trim().min(1).max(4096) }).strict(),
  ),
  refreshFeed: defineChannel<FeedRefreshView>()('feeds:refresh', feedId),
  refreshAllFeeds: defineChannel<FeedRefreshView[]>()('feeds:refresh-all', z.undefined()),
  removeFeed: defineChannel<ChangeCounts>()('feeds:remove', feedId),
};

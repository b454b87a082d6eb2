// Channels for the Sources screen: every subscribed feed, schedule URL and file with its status;
// subscribe to an http(s) URL or to a file the user chose, refresh one or all, remove (undone by
// restoring the backup taken just before, through app:restore-backup).
import { z } from 'zod';
import type { BackupInfo, ChangeCounts, SourceRefresh, SourceView } from '../types';
import { defineChannel } from './define-channel';
import type { OpenedFile } from './events';

/** What removing a source did, and the automatic backup taken just before (null when none was written). */
export interface SourceRemovalView {
  counts: ChangeCounts;
  backup: BackupInfo | null;
}

const sourceId = z.number().int().positive();

export const sourcesChannels = {
  listSources: defineChannel<SourceView[]>()('sources:list', z.undefined()),
  /**
   * Subscribes to an http(s) URL (a feed, or a schedule such as a Sched all.ics), or to a file the user
   * chose, named by the token main gave for it: the window never names a path.
   */
  addSource: defineChannel<SourceRefresh>()(
    'sources:add',
    z.union([z.object({ url: z.string().trim().min(1).max(4096) }).strict(), z.object({ token: z.uuid() }).strict()]),
  ),
  /** Asks main for a schedule or feed file (an Open dialog in the app); its token, or null if cancelled. */
  chooseSourceFile: defineChannel<OpenedFile | null>()('sources:choose-file', z.undefined()),
  /** `allowRemovals` is the second confirmation a refresh that takes sessions from your plan needs. */
  refreshSource: defineChannel<SourceRefresh>()(
    'sources:refresh',
    z.object({ id: sourceId, allowRemovals: z.boolean().optional() }).strict(),
  ),
  /** Every source; one that would take sessions from your plan is held back, never applied unasked. */
  refreshAllSources: defineChannel<SourceRefresh[]>()('sources:refresh-all', z.undefined()),
  removeSource: defineChannel<SourceRemovalView>()('sources:remove', z.object({ id: sourceId }).strict()),
};

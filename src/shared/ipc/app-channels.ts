// Channels about the app itself: start-up state and opening links.
import { z } from 'zod';
import type { ErrorInfo } from '../errors';
import { defineChannel } from './define-channel';

export interface AppStatus {
  databasePath: string;
  sessionCount: number;
  /** Problems found at start-up (a corrupt bundled feed, say), shown in the window. */
  startupProblems: ErrorInfo[];
}

export const appChannels = {
  getStatus: defineChannel<AppStatus>()('app:status', z.undefined()),
  openExternal: defineChannel<boolean>()('app:open-external', z.object({ url: z.string().max(4096) }).strict()),
};

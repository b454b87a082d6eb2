// Channels about the app itself: start-up state and opening links.
import { z } from 'zod';
import type { ErrorInfo } from '../errors';
import type { BackupInfo } from '../types';
import { defineChannel } from './define-channel';

export interface AppStatus {
  databasePath: string;
  /** False when the database could not be opened (the reason is in startupProblems). */
  databaseAvailable: boolean;
  /** Automatic backups, newest first, offered when the database cannot be used. */
  backups: BackupInfo[];
  sessionCount: number;
  /** Only the bundled example feed has been imported: the window shows its first-run guide. */
  exampleOnly: boolean;
  /** Problems found at start-up (a corrupt bundled feed, say), shown in the window. */
  startupProblems: ErrorInfo[];
}

export const appChannels = {
  getStatus: defineChannel<AppStatus>()('app:status', z.undefined()),
  openExternal: defineChannel<boolean>()('app:open-external', z.object({ url: z.string().max(4096) }).strict()),
  /** The text of a file handed to the app from outside, by the token its filesOpened event gave. */
  readOpenedFile: defineChannel<{ name: string; text: string }>()(
    'app:read-opened-file',
    z.object({ token: z.uuid() }).strict(),
  ),
  restoreBackup: defineChannel<AppStatus>()(
    'app:restore-backup',
    z.object({ file: z.string().min(1).max(4096) }).strict(),
  ),
};

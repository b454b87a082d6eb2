// Channels for importing a dropped or picked file: preview (dry run), confirm, and the Changes view.
import { z } from 'zod';
import type {
  ImportChanges,
  ImportEntry,
  ImportHistoryEntry,
  ImportPreview,
  ImportReport,
  SessionChangeEntry,
  UndoPlan,
} from '../types';
import { MAPPABLE_FIELDS, SCHEDULE_FORMATS } from '../types';
import { defineChannel } from './define-channel';

/** A file's text travels over IPC: a sandboxed renderer has no paths. 64 MB covers any real schedule. */
export const importRequest = z
  .object({
    name: z.string().min(1).max(500),
    text: z.string().max(64 * 1024 * 1024),
    format: z.enum([...SCHEDULE_FORMATS, 'feed']).optional(),
    timeZone: z.string().min(1).max(100).optional(),
    event: z.string().min(1).max(300).optional(),
    map: z.partialRecord(z.enum(MAPPABLE_FIELDS), z.string().max(300)).optional(),
  })
  .strict();
export type ImportRequest = z.infer<typeof importRequest>;

export type { ImportPreview } from '../types';

const importId = z.object({ importId: z.number().int().positive() }).strict();

export const importChannels = {
  previewImport: defineChannel<ImportPreview>()('import:preview', importRequest),
  /** `allowRemovals` is the second confirmation an import that takes sessions from your plan needs. */
  confirmImport: defineChannel<ImportReport>()(
    'import:confirm',
    importRequest.extend({ skipBad: z.boolean().optional(), allowRemovals: z.boolean().optional() }).strict(),
  ),
  /** What undoing an import (restoring the backup taken just before it) would take back. */
  planUndo: defineChannel<UndoPlan>()('import:undo-plan', importId),
  /** Undoes it: the backup replaces the database; the imports it took back are returned. */
  undoImport: defineChannel<ImportEntry[]>()('import:undo', importId),
  getChanges: defineChannel<ImportChanges | null>()(
    'import:changes',
    z.object({ importId: z.number().int().positive().optional() }).strict().optional(),
  ),
  /** The imports that changed something, newest first: the Changes view's history. */
  getImportHistory: defineChannel<ImportHistoryEntry[]>()('import:history', z.undefined()),
  /** Each session's changes on the last import that changed it (new ones left out): agenda cards show them. */
  getLatestChanges: defineChannel<SessionChangeEntry[]>()('import:latest-changes', z.undefined()),
};

// Channels for exports (.ics and the schedule formats: as text, or saved where main asks) and .ics agenda imports.
import { z } from 'zod';
import type { IcsImportPreview, IcsImportResult } from '../agenda-types';
import { EXPORT_FORMATS, type ExportedFile, type SavedExport } from '../export-types';
import { sessionKey } from './catalogue-channels';
import { defineChannel } from './define-channel';

const MAX_ICS_CHARS = 20_000_000;

export const exportScopeSchema = z.discriminatedUnion('kind', [
  z
    .object({ kind: z.literal('agenda'), includeMaybe: z.boolean(), event: z.string().min(1).max(500).optional() })
    .strict(),
  z
    .object({ kind: z.literal('track'), track: z.string().min(1).max(500), event: z.string().max(500).optional() })
    .strict(),
  z
    .object({ kind: z.literal('event'), event: z.string().min(1).max(500), includeNonSessions: z.boolean().optional() })
    .strict(),
  z.object({ kind: z.literal('sessions'), sessionKeys: z.array(sessionKey).min(1).max(100_000) }).strict(),
  z.object({ kind: z.literal('session'), sessionKey }).strict(),
  z.object({ kind: z.literal('search'), query: z.string().min(1).max(1000) }).strict(),
]);

const icsInput = z
  .object({
    text: z.string().max(MAX_ICS_CHARS),
    /** The file's name, for messages ("agenda.ics:12: …"). */
    name: z.string().max(1000),
  })
  .strict();

export type { SavedExport } from '../export-types';

/** A selection and the format to write it in (.ics when not given). */
const exportInput = z.object({ scope: exportScopeSchema, format: z.enum(EXPORT_FORMATS).optional() }).strict();

export const icalChannels = {
  /** The text of a selection as .ics, frab XML, c3voc JSON or CSV, without touching the disk. */
  exportIcs: defineChannel<ExportedFile>()('ical:export', exportInput),
  /** Asks main for a target file (a save dialog in the app) and writes the export there; null if cancelled. */
  saveIcs: defineChannel<SavedExport | null>()('ical:save', exportInput),
  previewIcsImport: defineChannel<IcsImportPreview>()('ical:import-preview', icsInput),
  applyIcsImport: defineChannel<IcsImportResult>()(
    'ical:import-apply',
    icsInput.extend({ mode: z.enum(['valid-only', 'all-or-nothing']) }).strict(),
  ),
};

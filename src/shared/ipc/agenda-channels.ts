// Channels of the personal agenda: stars, notes, the plan, now/next, reminders setting, .ics in and out.
import { z } from 'zod';
import type { AgendaEntry, AgendaPlan, AppSettings, IcsImportPreview, IcsImportResult, NowNext } from '../agenda-types';
import { EXPORT_FORMATS, type ExportFormat, type ExportedFile, type SkippedCounts } from '../export-types';
import { defineChannel } from './define-channel';

const id = z.string().min(1).max(200);
const MAX_ICS_CHARS = 20_000_000;

export const exportScopeSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('agenda'), includeMaybe: z.boolean() }).strict(),
  z
    .object({ kind: z.literal('track'), track: z.string().min(1).max(500), event: z.string().max(500).optional() })
    .strict(),
  z.object({ kind: z.literal('event'), event: z.string().min(1).max(500) }).strict(),
  z.object({ kind: z.literal('sessions'), ids: z.array(id).min(1).max(100_000) }).strict(),
  z.object({ kind: z.literal('session'), id }).strict(),
]);

const icsInput = z
  .object({
    text: z.string().max(MAX_ICS_CHARS),
    /** The file's name, for messages ("agenda.ics:12: …"). */
    name: z.string().max(1000),
  })
  .strict();

/** What one saved export wrote, and what it left out. */
export interface SavedExport extends SkippedCounts {
  path: string;
  format: ExportFormat;
  eventCount: number;
}

/** A selection and the format to write it in (.ics when not given). */
const exportInput = z.object({ scope: exportScopeSchema, format: z.enum(EXPORT_FORMATS).optional() }).strict();

export const agendaChannels = {
  setStar: defineChannel<AgendaEntry>()(
    'agenda:set-star',
    z.object({ id, status: z.enum(['going', 'maybe']).nullable() }).strict(),
  ),
  setNote: defineChannel<AgendaEntry>()(
    'agenda:set-note',
    z.object({ id, note: z.string().max(10_000).nullable() }).strict(),
  ),
  getAgendaPlan: defineChannel<AgendaPlan>()('agenda:plan', z.undefined()),
  getNowNext: defineChannel<NowNext>()('agenda:now-next', z.undefined()),
  getSettings: defineChannel<AppSettings>()('settings:get', z.undefined()),
  setSettings: defineChannel<AppSettings>()(
    'settings:set',
    z.object({ reminderMinutes: z.number().int().min(1).max(1440).nullable().optional() }).strict(),
  ),
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

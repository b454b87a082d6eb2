// Channels of the personal agenda: stars, notes, the plan, now/next, reminders setting, .ics in and out.
import { z } from 'zod';
import type {
  AgendaEntry,
  AgendaPlan,
  AppSettings,
  IcsExport,
  IcsImportPreview,
  IcsImportResult,
  NowNext,
} from '../agenda-types';
import { defineChannel } from './define-channel';

const sessionKey = z.string().min(1).max(200);
const MAX_ICS_CHARS = 20_000_000;

export const exportScopeSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('agenda'), includeMaybe: z.boolean() }).strict(),
  z
    .object({ kind: z.literal('track'), track: z.string().min(1).max(500), event: z.string().max(500).optional() })
    .strict(),
  z.object({ kind: z.literal('event'), event: z.string().min(1).max(500) }).strict(),
  z.object({ kind: z.literal('sessions'), sessionKeys: z.array(sessionKey).min(1).max(100_000) }).strict(),
  z.object({ kind: z.literal('session'), sessionKey }).strict(),
]);

const icsInput = z
  .object({
    text: z.string().max(MAX_ICS_CHARS),
    /** The file's name, for messages ("agenda.ics:12: …"). */
    name: z.string().max(1000),
  })
  .strict();

export interface SavedIcs {
  path: string;
  eventCount: number;
  skippedNoDay: number;
}

export const agendaChannels = {
  setStar: defineChannel<AgendaEntry>()(
    'agenda:set-star',
    z.object({ sessionKey, status: z.enum(['going', 'maybe']).nullable() }).strict(),
  ),
  setNote: defineChannel<AgendaEntry>()(
    'agenda:set-note',
    z.object({ sessionKey, note: z.string().max(10_000).nullable() }).strict(),
  ),
  getAgendaPlan: defineChannel<AgendaPlan>()('agenda:plan', z.undefined()),
  getNowNext: defineChannel<NowNext>()('agenda:now-next', z.undefined()),
  getSettings: defineChannel<AppSettings>()('settings:get', z.undefined()),
  setSettings: defineChannel<AppSettings>()(
    'settings:set',
    z.object({ reminderMinutes: z.number().int().min(1).max(1440).nullable().optional() }).strict(),
  ),
  /** The .ics text of a selection, without touching the disk. */
  exportIcs: defineChannel<IcsExport>()('ical:export', z.object({ scope: exportScopeSchema }).strict()),
  /** Asks main for a target file (a save dialog in the app) and writes the .ics there; null if cancelled. */
  saveIcs: defineChannel<SavedIcs | null>()('ical:save', z.object({ scope: exportScopeSchema }).strict()),
  previewIcsImport: defineChannel<IcsImportPreview>()('ical:import-preview', icsInput),
  applyIcsImport: defineChannel<IcsImportResult>()(
    'ical:import-apply',
    icsInput.extend({ mode: z.enum(['valid-only', 'all-or-nothing']) }).strict(),
  ),
};

// Channels of planning help: recommendations, the conflict-free plan and pins, a team's agendas,
// recordings and the Missed list.
import { z } from 'zod';
import type { IcsExport } from '../agenda-types';
import type {
  MeetSlot,
  MissedSession,
  RemovedTeamMember,
  PlanApplication,
  PlanProposal,
  Recommendation,
  Recording,
  RecordingsImportResult,
  TeamAttendance,
  TeamCoverage,
  TeamImportResult,
  TeamMember,
} from '../planning-types';
import { sessionKey } from './catalogue-channels';
import { defineChannel } from './define-channel';

const MAX_DOCUMENT_CHARS = 20_000_000;
const limit = z.number().int().min(1).max(100);
const day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);
const keys = z.array(sessionKey).max(10_000);
const memberName = z.string().min(1).max(80);
const shareOptions = z
  .object({ shareNotes: z.union([z.enum(['none', 'all']), keys]), includeMaybe: z.boolean().optional() })
  .strict();

export const planningChannels = {
  similarSessions: defineChannel<Recommendation[]>()(
    'planning:similar',
    z.object({ sessionKey, limit: limit.optional() }).strict(),
  ),
  forYou: defineChannel<Recommendation[]>()('planning:for-you', z.object({ limit }).strict().optional()),
  /** What a conflict-free plan would keep, drop and add; changes nothing. */
  proposePlan: defineChannel<PlanProposal>()(
    'planning:propose',
    z
      .object({
        hallMinutes: z.number().int().min(0).max(120).optional(),
        fill: z.boolean().optional(),
        days: z.array(day).max(60).optional(),
      })
      .strict()
      .optional(),
  ),
  /** Applies exactly the diff the user saw: `drop` leave the agenda, `add` become maybe. */
  applyPlan: defineChannel<PlanApplication>()('planning:apply', z.object({ drop: keys, add: keys }).strict()),
  undoPlan: defineChannel<PlanApplication>()('planning:undo', z.undefined()),
  setPinned: defineChannel<{ pinned: boolean }>()(
    'planning:set-pinned',
    z.object({ sessionKey, pinned: z.boolean() }).strict(),
  ),
  listPinned: defineChannel<string[]>()('planning:pins', z.undefined()),
  getHallMinutes: defineChannel<number>()('planning:hall-minutes', z.undefined()),
  setHallMinutes: defineChannel<number>()(
    'planning:set-hall-minutes',
    z.object({ minutes: z.number().int().min(0).max(120) }).strict(),
  ),
  listTeam: defineChannel<TeamMember[]>()('team:list', z.undefined()),
  addTeamMember: defineChannel<TeamImportResult>()(
    'team:add',
    z.object({ name: memberName, text: z.string().max(MAX_DOCUMENT_CHARS), fileName: z.string().max(1000) }).strict(),
  ),
  /** Answers with the colleague's agenda, which `restoreTeamMember` takes to undo the removal. */
  removeTeamMember: defineChannel<RemovedTeamMember>()('team:remove', z.object({ name: memberName }).strict()),
  restoreTeamMember: defineChannel<TeamMember>()(
    'team:restore',
    z
      .object({
        name: memberName,
        entries: z
          .array(
            z
              .object({ sessionKey, status: z.enum(['going', 'maybe']), note: z.string().max(10_000).nullable() })
              .strict(),
          )
          .max(10_000),
      })
      .strict(),
  ),
  getTeamOverlay: defineChannel<TeamAttendance[]>()('team:overlay', z.undefined()),
  getTeamCoverage: defineChannel<TeamCoverage>()(
    'team:coverage',
    z.object({ tracks: z.array(z.string().min(1).max(500)).min(1).max(200) }).strict(),
  ),
  getMeetSlots: defineChannel<MeetSlot[]>()(
    'team:meet',
    z
      .object({ minMinutes: z.number().int().min(5).max(600) })
      .strict()
      .optional(),
  ),
  exportForColleague: defineChannel<IcsExport>()('team:export', shareOptions),
  /** Asks main where to save the shared agenda (a save dialog) and writes it there; null if cancelled. */
  saveForColleague: defineChannel<{ path: string; eventCount: number } | null>()('team:save', shareOptions),
  listRecordings: defineChannel<Recording[]>()('recordings:list', z.undefined()),
  importRecordings: defineChannel<RecordingsImportResult>()(
    'recordings:import',
    z.object({ name: z.string().max(1000), text: z.string().max(MAX_DOCUMENT_CHARS) }).strict(),
  ),
  listMissed: defineChannel<MissedSession[]>()('recordings:missed', z.undefined()),
};

// Handlers for the planning channels: thin adapters over the recommend, plan, team and recordings use cases.
import {
  applyPlan,
  getHallMinutes,
  listPinned,
  pinSession,
  proposeConflictFreePlan,
  setHallMinutes,
  undoPlan,
} from '../../core/use-cases/plan';
import { recommendForYou, recommendSimilar } from '../../core/use-cases/recommend';
import { importRecordings, listSessionRecordings, missedSessions } from '../../core/use-cases/recordings';
import {
  addTeamMember,
  exportForColleague,
  listTeam,
  removeTeamMember,
  restoreTeamMember,
  saveForColleague,
  teamCoverage,
  teamMeetSlots,
  teamOverlay,
} from '../../core/use-cases/team';
import { KubeplanError } from '../../shared/errors';
import type { PlanOptions } from '../../shared/planning-types';
import type { planningChannels } from '../../shared/ipc/planning-channels';
import { depsOf, type App } from './context';
import type { HandlerSlice } from './types';

function planOptions(input: { hallMinutes?: number; fill?: boolean; days?: string[] } | undefined): PlanOptions {
  const options: PlanOptions = {};
  if (input?.hallMinutes !== undefined) options.hallMinutes = input.hallMinutes;
  if (input?.fill !== undefined) options.fill = input.fill;
  if (input?.days !== undefined) options.days = input.days;
  return options;
}

export function planningHandlers(app: App): HandlerSlice<keyof typeof planningChannels> {
  return {
    similarSessions: ({ sessionKey, limit }) => recommendSimilar(depsOf(app), sessionKey, limit),
    forYou: (input) => recommendForYou(depsOf(app), input?.limit),
    proposePlan: (input) => proposeConflictFreePlan(depsOf(app), planOptions(input)),
    applyPlan: (change) => applyPlan(depsOf(app), change),
    undoPlan: () => undoPlan(depsOf(app)),
    setPinned: ({ sessionKey, pinned }) => pinSession(depsOf(app), sessionKey, pinned),
    listPinned: () => listPinned(depsOf(app)),
    getHallMinutes: () => getHallMinutes(depsOf(app)),
    setHallMinutes: ({ minutes }) => setHallMinutes(depsOf(app), minutes),
    listTeam: () => listTeam(depsOf(app)),
    addTeamMember: (request) => addTeamMember(depsOf(app), request),
    removeTeamMember: ({ name }) => removeTeamMember(depsOf(app), name),
    restoreTeamMember: (removed) => restoreTeamMember(depsOf(app), removed),
    getTeamOverlay: () => teamOverlay(depsOf(app)),
    getTeamCoverage: ({ tracks }) => teamCoverage(depsOf(app), tracks),
    getMeetSlots: (input) => teamMeetSlots(depsOf(app), input?.minMinutes),
    exportForColleague: (options) => exportForColleague(depsOf(app), options),
    saveForColleague: (options) => {
      const choose = app.services.chooseSavePath;
      if (!choose) throw new KubeplanError('internal', 'saving a file is not available here');
      return saveForColleague(depsOf(app), options, choose);
    },
    listRecordings: () => listSessionRecordings(depsOf(app)),
    importRecordings: (request) => importRecordings(depsOf(app), request),
    listMissed: () => missedSessions(depsOf(app)),
  };
}

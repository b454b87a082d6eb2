// Handlers for the agenda channels: stars and notes (the star use case), the plan and now/next.
import { buildAgendaPlan } from '../../core/agenda/build-plan';
import { nowNext } from '../../core/agenda/now-next';
import { sessionsOfEvent } from '../../core/search/event-focus';
import { listSessions } from '../../core/store/read-sessions';
import { setNote, setStar } from '../../core/use-cases/star';
import type { agendaChannels } from '../../shared/ipc/agenda-channels';
import { depsOf, nowOf, requireDb, type App } from './context';
import type { HandlerSlice } from './types';

export function agendaHandlers(app: App): HandlerSlice<keyof typeof agendaChannels> {
  return {
    setStar: ({ sessionKey, status }) => setStar(depsOf(app), [sessionKey], status)[0]!.entry,
    setNote: ({ sessionKey, note }) => setNote(depsOf(app), sessionKey, note),
    getAgendaPlan: (input) =>
      buildAgendaPlan(sessionsOfEvent(listSessions(requireDb(app), { includeRemoved: true }), input?.event ?? null)),
    getNowNext: (input) => nowNext(sessionsOfEvent(listSessions(requireDb(app)), input?.event ?? null), nowOf(app)),
  };
}

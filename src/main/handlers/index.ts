// The main process's handler table: one function per IPC channel, over core. No electron import,
// so the e2e harness and unit tests run exactly this table under plain Node.
import { agendaHandlers } from './agenda-handlers';
import { appHandlers } from './app-handlers';
import { catalogueHandlers } from './catalogue-handlers';
import type { HandlerContext } from './context';
import { feedsHandlers } from './feeds-handlers';
import { icalHandlers } from './ical-handlers';
import { importHandlers } from './import-handlers';
import { settingsHandlers } from './settings-handlers';
import type { HandlerTable } from './types';

export type { HandlerContext } from './context';
export type { HandlerTable } from './types';

export function createHandlers(ctx: HandlerContext): HandlerTable {
  return {
    ...appHandlers(ctx),
    ...catalogueHandlers(ctx),
    ...agendaHandlers(ctx),
    ...settingsHandlers(ctx),
    ...icalHandlers(ctx),
    ...importHandlers(ctx),
    ...feedsHandlers(ctx),
  };
}

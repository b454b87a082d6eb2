// The main process's handler table: one function per IPC channel, each a thin adapter over a use case
// or a read in core. No electron import, so the e2e harness and unit tests run exactly this table.
import type { App } from '../app-context';
import { agendaHandlers } from './agenda-handlers';
import { appHandlers } from './app-handlers';
import { catalogueHandlers } from './catalogue-handlers';

import { icalHandlers } from './ical-handlers';
import { importHandlers } from './import-handlers';
import { planningHandlers } from './planning-handlers';
import { settingsHandlers } from './settings-handlers';
import { sourcesHandlers } from './sources-handlers';
import type { HandlerTable } from './types';

export type { HandlerTable } from './types';

export function createHandlers(app: App): HandlerTable {
  return {
    ...appHandlers(app),
    ...catalogueHandlers(app),
    ...agendaHandlers(app),
    ...settingsHandlers(app),
    ...icalHandlers(app),
    ...importHandlers(app),
    ...sourcesHandlers(app),
    ...planningHandlers(app),
  };
}

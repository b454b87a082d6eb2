// Every `kubeplan` subcommand, in the order --help lists them.
import type { Command } from '../command';
import { agendaCommand } from './agenda';
import { exportCommand } from './export';
import { feedsCommand } from './feeds';
import { importCommand } from './import';
import { importAgendaCommand } from './import-agenda';
import { listCommand } from './list';
import { searchCommand } from './search';
import { sourcesCommand } from './sources';
import { remindCommand } from './remind';
import { scrapeCommand } from './scrape';
import { noteCommand, starCommand, unstarCommand } from './star';
import { planCommand } from './plan';
import { recommendCommand } from './recommend';
import { missedCommand, recordingsCommand } from './recordings';
import { teamCommand } from './team';
import { undoCommand } from './undo';

export const commands: Command[] = [
  importCommand,
  undoCommand,
  scrapeCommand,
  feedsCommand,
  sourcesCommand,
  listCommand,
  searchCommand,
  starCommand,
  unstarCommand,
  noteCommand,
  agendaCommand,
  exportCommand,
  importAgendaCommand,
  remindCommand,
  recommendCommand,
  planCommand,
  teamCommand,
  recordingsCommand,
  missedCommand,
];

// Every `kubeplan` subcommand, in the order --help lists them.
import type { Command } from '../command';
import { feedsCommand } from './feeds';
import { importCommand } from './import';
import { listCommand } from './list';
import { scrapeCommand } from './scrape';

export const commands: Command[] = [importCommand, listCommand, scrapeCommand, feedsCommand];

// Every `kubeplan` subcommand, in the order --help lists them.
import type { Command } from '../command';
import { importCommand } from './import';
import { listCommand } from './list';
import { searchCommand } from './search';

export const commands: Command[] = [importCommand, listCommand, searchCommand];

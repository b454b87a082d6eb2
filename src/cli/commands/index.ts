// Every `kubeplan` subcommand, in the order --help lists them.
import type { Command } from '../command';
import { importCommand } from './import';
import { listCommand } from './list';

export const commands: Command[] = [importCommand, listCommand];

// The shape of one `kubeplan` subcommand: its options (node:util parseArgs style) and what it runs.
import type { ParseArgsConfig } from 'node:util';
import type { Db } from '../core/store/db';
import type { UseCaseDeps } from '../core/use-cases/deps';
import type { CliIo } from './io';

export type OptionSpec = NonNullable<ParseArgsConfig['options']>;

export interface CommandContext {
  io: CliIo;
  args: string[];
  values: Record<string, string | boolean | (string | boolean)[] | undefined>;
  json: boolean;
  /** Opens the database (--db, KUBEPLAN_DB or the app's); closed by the runner after the command. */
  openDb: () => Db;
  /** What the use cases take: the database opened as above, the real clock and network. */
  deps: () => UseCaseDeps;
  /** The database file (`--db`, KUBEPLAN_DB or the app's) and its automatic backups' folder. */
  files: { databasePath: string; backupDir: string };
  /** Closes the database before its file is replaced (a restore); openDb opens it again. */
  closeDb: () => void;
}

export interface Command {
  name: string;
  /** One line for `kubeplan --help`, e.g. `import <file>...   store sessions from files`. */
  usage: string;
  options?: OptionSpec;
  run: (ctx: CommandContext) => number | Promise<number>;
}

/** A mistake in how the command was called: printed with a pointer to --help, exit code 2. */
export class UsageError extends Error {}

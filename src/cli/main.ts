// The `kubeplan` command line over core: the same store and logic as the desktop app.
import { parseArgs } from 'node:util';
import { errorMessage, toErrorInfo } from '../shared/errors';
import { backupDirFor } from '../core/store/backups';
import { describeBadRow, takeBadRows } from '../core/store/bad-rows';
import type { Db } from '../core/store/db';
import { openStore } from '../core/store/open-store';
import { UsageError, type OptionSpec } from './command';
import { commands } from './commands/index';
import { defaultDatabasePath } from './db-path';
import { printJson, type CliIo } from './io';

const COMMON_OPTIONS: OptionSpec = {
  db: { type: 'string' },
  json: { type: 'boolean', default: false },
  help: { type: 'boolean', short: 'h', default: false },
};

function help(): string {
  return `kubeplan — plan your KubeCon offline

Usage: kubeplan <command> [options]

Commands:
${commands.map((c) => `  ${c.usage}`).join('\n')}

Options:
  --db PATH               database file (default: $KUBEPLAN_DB, else the desktop app's own)
  --json                  print JSON instead of text
  -h, --help              show this help
`;
}

export async function main(argv: string[], io: CliIo): Promise<number> {
  const name = argv.find((arg) => !arg.startsWith('-'));
  const command = commands.find((c) => c.name === name);
  let db: Db | null = null;
  try {
    if (!command) {
      if (name) throw new UsageError(`unknown command "${name}"`);
      const wantsHelp = argv.includes('--help') || argv.includes('-h');
      io.stdout(help());
      return wantsHelp ? 0 : 2;
    }
    let parsed;
    try {
      parsed = parseArgs({
        args: argv.filter((arg, i) => i !== argv.indexOf(command.name)),
        allowPositionals: true,
        options: { ...COMMON_OPTIONS, ...command.options },
      });
    } catch (error) {
      throw new UsageError(errorMessage(error));
    }
    const { values, positionals } = parsed;
    if (values['help']) {
      io.stdout(`Usage: kubeplan ${command.usage}\n`);
      return 0;
    }
    const dbPath = (values['db'] as string | undefined) ?? defaultDatabasePath(io.env);
    const openDb = () => (db ??= openStore(dbPath, dbPath === ':memory:' ? {} : { backupDir: backupDirFor(dbPath) }));
    return await command.run({
      io,
      args: positionals,
      values,
      json: values['json'] === true,
      openDb,
      deps: () => ({ db: openDb() }),
      files: { databasePath: dbPath, backupDir: backupDirFor(dbPath) },
      closeDb: () => {
        (db as Db | null)?.close();
        db = null;
      },
    });
  } catch (error) {
    if (error instanceof UsageError) {
      io.stderr(`kubeplan: ${error.message}\nRun kubeplan --help for usage.\n`);
      return 2;
    }
    const info = toErrorInfo(error);
    // Under --json a failure is JSON too, so a script reading stdout learns what went wrong.
    if (argv.includes('--json')) printJson(io, { error: info });
    io.stderr(`kubeplan: ${info.message}\n`);
    return 1;
  } finally {
    // Rows a read skipped (a damaged database) are named, whatever the command printed or threw.
    const open = db as Db | null;
    if (open) for (const bad of takeBadRows(open)) io.stderr(`kubeplan: ${describeBadRow(bad)}\n`);
    open?.close();
  }
}

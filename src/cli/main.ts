// The `kubeplan` command line over core: the same store and logic as the desktop app.
import { parseArgs } from 'node:util';
import { toErrorInfo } from '../shared/errors';
import { openStore } from '../core/store/open-store';
import { runImport } from './commands/import';
import { runList } from './commands/list';
import { defaultDatabasePath } from './db-path';
import type { CliIo } from './io';

const HELP = `kubeplan — plan your KubeCon offline

Usage: kubeplan <command> [options]

Commands:
  import <file>...     scrape feed files (RSS/Atom) and store their sessions
  list                 list the stored sessions

Options:
  --db PATH            database file (default: $KUBEPLAN_DB, else the desktop app's own)
  --json               print JSON instead of text
  -h, --help           show this help
`;

export async function main(argv: string[], io: CliIo): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        db: { type: 'string' },
        json: { type: 'boolean', default: false },
        help: { type: 'boolean', short: 'h', default: false },
      },
    });
  } catch (error) {
    io.stderr(`kubeplan: ${(error as Error).message}\n`);
    return 2;
  }
  const { values, positionals } = parsed;
  const [command, ...rest] = positionals;
  if (values.help || !command) {
    io.stdout(HELP);
    return command || values.help ? 0 : 2;
  }
  const json = values.json ?? false;
  try {
    const dbPath = values.db ?? defaultDatabasePath(io.env);
    switch (command) {
      case 'import': {
        if (rest.length === 0) throw usage('import needs at least one file');
        const db = openStore(dbPath);
        try {
          return runImport(db, rest, json, io);
        } finally {
          db.close();
        }
      }
      case 'list': {
        const db = openStore(dbPath);
        try {
          return runList(db, json, io);
        } finally {
          db.close();
        }
      }
      default:
        throw usage(`unknown command "${command}"`);
    }
  } catch (error) {
    if (error instanceof UsageError) {
      io.stderr(`kubeplan: ${error.message}\nRun kubeplan --help for usage.\n`);
      return 2;
    }
    io.stderr(`kubeplan: ${toErrorInfo(error).message}\n`);
    return 1;
  }
}

class UsageError extends Error {}
function usage(message: string): UsageError {
  return new UsageError(message);
}

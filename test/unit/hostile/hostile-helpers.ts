// Helpers for the hostile-input suite: the CLI as a user runs it, and a full dump of a database file.
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { main } from '../../../src/cli/main';
import { BUNDLED_FEED, FIXTURES, tempDir } from '../helpers';

export const HOSTILE = path.join(FIXTURES, 'hostile');

/** A line of /etc/passwd that any XXE leak would carry (every Linux has a root entry). */
export const PASSWD_MARKER = /root:[^:\n]*:0:0:/;

export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
}

export async function cli(args: string[]): Promise<CliRun> {
  let stdout = '';
  let stderr = '';
  const code = await main(args, { stdout: (t) => (stdout += t), stderr: (t) => (stderr += t), env: {} });
  return { code, stdout, stderr };
}

/** Every row of every table, as text: two dumps are equal exactly when nothing stored changed. */
export function dumpDb(file: string): string {
  const db = new Database(file, { readonly: true });
  try {
    const tables = db
      .prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name")
      .all() as { name: string }[];
    return tables
      .map(({ name }) => `${name}\n${JSON.stringify(db.prepare(`SELECT * FROM "${name}" ORDER BY rowid`).all())}`)
      .join('\n');
  } finally {
    db.close();
  }
}

/** A database that already holds the bundled feed's sessions and one star: what a failed import must not touch. */
export async function seededDb(): Promise<string> {
  const db = path.join(tempDir(), 'kubeplan.db');
  const imported = await cli(['import', BUNDLED_FEED, '--db', db]);
  if (imported.code !== 0) throw new Error(imported.stderr);
  const listed = JSON.parse((await cli(['list', '--json', '--db', db])).stdout) as { sessionKey: string }[];
  const starred = await cli(['star', listed[0]!.sessionKey, '--db', db]);
  if (starred.code !== 0) throw new Error(starred.stderr);
  return db;
}

export function writeTemp(name: string, content: string | Buffer): string {
  const file = path.join(tempDir(), name);
  fs.writeFileSync(file, content);
  return file;
}

// Where the Electron-ABI build of better-sqlite3 lives (built by scripts/electron-native.mjs), so the
// Node-ABI build in node_modules stays untouched for tests and the CLI.
import fs from 'node:fs';
import path from 'node:path';

export function electronSqliteBinding(appRoot: string, electronVersion: string, arch: string): string | undefined {
  const file = path.join(appRoot, '.cache', 'electron-native', `${electronVersion}-${arch}`, 'better_sqlite3.node');
  return fs.existsSync(file) ? file : undefined;
}

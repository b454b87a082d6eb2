// The database the CLI opens: --db, else KUBEPLAN_DB, else the file the desktop app uses
// (Electron's userData folder for an app named "kubeplan").
import os from 'node:os';
import path from 'node:path';

export function appDataDir(env: NodeJS.ProcessEnv, platform: NodeJS.Platform = process.platform): string {
  if (platform === 'win32') return env['APPDATA'] ?? path.join(os.homedir(), 'AppData', 'Roaming');
  if (platform === 'darwin') return path.join(os.homedir(), 'Library', 'Application Support');
  return env['XDG_CONFIG_HOME'] || path.join(os.homedir(), '.config');
}

export function defaultDatabasePath(env: NodeJS.ProcessEnv, platform: NodeJS.Platform = process.platform): string {
  return env['KUBEPLAN_DB'] || path.join(appDataDir(env, platform), 'kubeplan', 'kubeplan.db');
}

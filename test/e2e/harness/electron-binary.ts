// Whether an Electron binary is on this machine, found without triggering electron's lazy download.
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

export function electronBinary(): string | null {
  const require = createRequire(import.meta.url);
  const dir = path.dirname(require.resolve('electron/package.json'));
  const pathFile = path.join(dir, 'path.txt');
  if (!fs.existsSync(pathFile)) return null;
  const relative = fs.readFileSync(pathFile, 'utf8').trim();
  const base = process.env['ELECTRON_OVERRIDE_DIST_PATH'] ?? path.join(dir, 'dist');
  const binary = path.join(base, relative);
  return fs.existsSync(binary) ? binary : null;
}

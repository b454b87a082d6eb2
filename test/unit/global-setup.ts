// Vitest global setup: the shell tests load the built bundles in out/, so build them first unless
// out/ is newer than every source file that goes into it; and build the CLI that the tests which
// spawn bin/kubeplan.mjs run (out/cli, scripts/build-cli.ts), so none of them builds it on its own.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { buildCli } from '../../scripts/build-cli';
import { cliBuildIsFresh } from '../../scripts/cli-build-state.mjs';

const ROOT = path.resolve(import.meta.dirname, '../..');
export const BUILT = [
  'out/main/index.js',
  'out/main/offload-worker.js',
  'out/preload/index.cjs',
  'out/renderer/index.html',
];
const INPUTS = ['src', 'electron.vite.config.ts', 'package.json', 'package-lock.json'];

function newestMtime(entry: string): number {
  const stat = fs.statSync(entry);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = stat.mtimeMs;
  for (const name of fs.readdirSync(entry)) newest = Math.max(newest, newestMtime(path.join(entry, name)));
  return newest;
}

export default async function setup(): Promise<void> {
  if (!cliBuildIsFresh()) await buildCli();
  const built = BUILT.map((file) => path.join(ROOT, file));
  const fresh =
    built.every((file) => fs.existsSync(file)) &&
    Math.min(...built.map((file) => fs.statSync(file).mtimeMs)) >
      Math.max(...INPUTS.map((input) => newestMtime(path.join(ROOT, input))));
  if (fresh) return;
  const cli = path.join(ROOT, 'node_modules', 'electron-vite', 'bin', 'electron-vite.js');
  execFileSync(process.execPath, [cli, 'build', '--logLevel', 'warn'], { cwd: ROOT, stdio: 'inherit' });
}

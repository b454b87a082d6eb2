#!/usr/bin/env node
// Builds an Electron-ABI copy of better-sqlite3 into .cache/electron-native/<electron>-<arch>/, once per
// Electron version. node_modules keeps its Node-ABI build, so `npm test` and the CLI keep working
// whichever of `npm start` and `npm test` runs first. Main loads the copy through `nativeBinding`.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);
const electronVersion = require('electron/package.json').version;
const arch = process.env.npm_config_arch || process.arch;
const targetDir = path.join(root, '.cache', 'electron-native', `${electronVersion}-${arch}`);
const target = path.join(targetDir, 'better_sqlite3.node');

if (fs.existsSync(target)) process.exit(0);

const sqliteDir = path.dirname(require.resolve('better-sqlite3/package.json'));
const buildDir = path.join(root, '.cache', 'electron-native', `build-${electronVersion}-${arch}`);
fs.rmSync(buildDir, { recursive: true, force: true });
fs.mkdirSync(buildDir, { recursive: true });
for (const entry of ['package.json', 'binding.gyp', 'src', 'deps', 'lib']) {
  fs.cpSync(path.join(sqliteDir, entry), path.join(buildDir, entry), { recursive: true });
}

// npm passes its own nodedir to children; it would make node-gyp build against Node's headers.
const env = { ...process.env };
for (const key of Object.keys(env)) if (/^npm_config_(nodedir|target|runtime|disturl|dist_url)$/i.test(key)) delete env[key];

function run(label, command, args) {
  console.log(`kubeplan: ${label}…`);
  const result = spawnSync(command, args, { cwd: buildDir, env, stdio: 'inherit' });
  return result.status === 0;
}

const prebuild = path.join(path.dirname(require.resolve('prebuild-install/package.json')), 'bin.js');
const nodeGyp = path.join(path.dirname(require.resolve('node-gyp/package.json')), 'bin', 'node-gyp.js');
const built =
  run(`fetching better-sqlite3 for Electron ${electronVersion}`, process.execPath, [
    prebuild,
    '--runtime=electron',
    `--target=${electronVersion}`,
    `--arch=${arch}`,
  ]) ||
  run(`building better-sqlite3 for Electron ${electronVersion} from source (a few minutes)`, process.execPath, [
    nodeGyp,
    'rebuild',
    '--release',
    '--runtime=electron',
    `--target=${electronVersion}`,
    `--arch=${arch}`,
    '--dist-url=https://electronjs.org/headers',
  ]);

const output = path.join(buildDir, 'build', 'Release', 'better_sqlite3.node');
if (!built || !fs.existsSync(output)) {
  console.error('kubeplan: could not build better-sqlite3 for Electron; see the messages above.');
  process.exit(1);
}
fs.mkdirSync(targetDir, { recursive: true });
fs.copyFileSync(output, target);
fs.rmSync(buildDir, { recursive: true, force: true });
console.log(`kubeplan: Electron build of better-sqlite3 ready at ${path.relative(root, target)}`);

#!/usr/bin/env node
// The `kubeplan` command: runs the built CLI (out/cli/kubeplan.mjs, made by scripts/build-cli.ts). In a
// development checkout whose sources changed since that build, it builds again first (a fraction of
// a second); only where no build can be made (esbuild not installed) does it compile through tsx.
import { enableCompileCache } from 'node:module';
import { CLI_BUILT, cliBuildIsFresh } from '../scripts/cli-build-state.mjs';

async function loadMain() {
  if (!cliBuildIsFresh()) {
    try {
      const { buildCli } = await import('../scripts/build-cli.ts');
      await buildCli();
    } catch {
      const { register } = await import('tsx/esm/api');
      register();
      return (await import('../src/cli/main.ts')).main;
    }
  }
  return (await import(CLI_BUILT.href)).main;
}

// V8 keeps the bundle's compiled code on disk, so later runs skip most of the parse.
enableCompileCache();
const main = await loadMain();
process.exitCode = await main(process.argv.slice(2), {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  env: process.env,
});

// Whether out/cli/kubeplan.mjs may run as it is: it exists, and in a development checkout no source
// it was built from (scripts/build-cli.ts lists them in out/cli/inputs.json) changed since. Plain
// JavaScript with no dependencies, because bin/kubeplan.mjs asks it on every start.
import fs from 'node:fs';

const ROOT = new URL('../', import.meta.url);
export const CLI_BUILT = new URL('out/cli/kubeplan.mjs', ROOT);

export function cliBuildIsFresh() {
  if (!fs.existsSync(CLI_BUILT)) return false;
  // Installed without its sources: the build is all there is.
  if (!fs.existsSync(new URL('src/cli/main.ts', ROOT))) return true;
  try {
    const { builtAt, inputs } = JSON.parse(fs.readFileSync(new URL('out/cli/inputs.json', ROOT), 'utf8'));
    return inputs.every((input) => fs.statSync(new URL(input, ROOT)).mtimeMs < builtAt);
  } catch {
    // No list, or a listed source is gone: build again.
    return false;
  }
}

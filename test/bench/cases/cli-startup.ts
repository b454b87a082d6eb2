// How long a `kubeplan` command takes to start: the built CLI (bin/kubeplan.mjs → out/cli) against bare
// `node -e 0`, with the old way (compiling src/cli through tsx on every run) for comparison.
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { buildCli } from '../../../scripts/build-cli';
import { cliBuildIsFresh } from '../../../scripts/cli-build-state.mjs';
import { measureInterleaved, report, type BenchCase } from '../harness';

const ROOT = path.resolve(import.meta.dirname, '../../..');
const BIN = path.join(ROOT, 'bin', 'kubeplan.mjs');
const THROUGH_TSX = `import { register } from 'tsx/esm/api'; register();
const { main } = await import('./src/cli/main.ts');
await main(['--help'], { stdout() {}, stderr() {}, env: process.env });`;

function run(args: string[]): void {
  const result = spawnSync(process.execPath, args, { cwd: ROOT, stdio: 'ignore' });
  if (result.status !== 0) throw new Error(`${args.join(' ')} exited ${result.status}`);
}

export const cliStartup: BenchCase = {
  title: 'CLI start-up (kubeplan --help)',
  async run() {
    if (!cliBuildIsFresh()) await buildCli();
    const [bare, built, tsx] = measureInterleaved(
      [
        { name: 'node -e 0', fn: () => run(['-e', '0']) },
        { name: 'kubeplan --help (built CLI)', fn: () => run([BIN, '--help']) },
        { name: 'kubeplan --help through tsx', fn: () => run(['--input-type=module', '-e', THROUGH_TSX]) },
      ],
      Number(process.env['BENCH_CLI_RUNS'] ?? 15),
    );
    report(built!, bare!, 'goal ≤ 5x');
    report(tsx!, bare!, 'before the build');
  },
};

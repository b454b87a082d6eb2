import { defineConfig } from 'vitest/config';

// Test files that mock modules, spy on globals or load the Electron shell bundles need a fresh module
// registry each; every other file shares one per worker (isolate: false), which saves re-importing the
// core modules for each of ~100 files (about a fifth of the unit suite's time on a 2-core machine).
const isolated = [
  'test/unit/shell/**/*.test.ts',
  'test/unit/core/feed/bad-item.test.ts',
  'test/unit/hostile/hostile-feeds.test.ts',
];

export default defineConfig({
  test: {
    // The shell tests load the built bundles: build out/ first when it is older than the sources.
    globalSetup: ['test/unit/global-setup.ts'],
    environment: 'node',
    pool: 'forks',
    testTimeout: 20_000,
    projects: [
      {
        extends: true,
        test: { name: 'isolated', include: isolated },
      },
      {
        extends: true,
        test: { name: 'shared', include: ['test/unit/**/*.test.ts'], exclude: isolated, isolate: false },
      },
    ],
  },
});

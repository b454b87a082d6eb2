import { defineConfig } from '@playwright/test';

const chromiumFlags = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
];

export default defineConfig({
  testDir: 'test/e2e',
  testMatch: '**/*.spec.ts',
  outputDir: 'test-results/playwright',
  timeout: 60_000,
  // A 2-core CI machine under a full suite is slow; assertions wait longer rather than flake.
  expect: { timeout: 10_000 },
  workers: 2,
  reporter: [['list'], ['./test/e2e/summary-reporter.ts']],
  use: { trace: 'retain-on-failure' },
  projects: [
    {
      name: 'chromium',
      use: {
        browserName: 'chromium',
        launchOptions: { executablePath: process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium', args: chromiumFlags },
      },
    },
    { name: 'electron' },
  ],
});

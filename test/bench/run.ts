// `npm run bench`: every benchmark case, each printed as ratios against a baseline from the same run.
import os from 'node:os';
import { bundledFeed } from './cases/bundled-feed';
import { cliStartup } from './cases/cli-startup';
import { catalogueSearch } from './cases/catalogue-search';
import { icalExport } from './cases/ical-export';
import { recapFeedCase } from './cases/recap-feed';
import { recommendations } from './cases/recommendations';
import { scheduleImport } from './cases/schedule-import';
import { timetableLayout } from './cases/timetable-layout';
import { windowStartup } from './cases/window-startup';
import type { BenchCase } from './harness';

const cases: BenchCase[] = [
  cliStartup,
  bundledFeed,
  recapFeedCase,
  scheduleImport,
  catalogueSearch,
  icalExport,
  timetableLayout,
  recommendations,
  windowStartup,
];
const only = process.argv[2];

// Every figure is a ratio against a baseline of the same run; the load says how busy the machine was.
const loadNow = () =>
  os
    .loadavg()
    .map((n) => n.toFixed(2))
    .join(' ');
console.log(`bench: ${os.cpus().length} cores, load average ${loadNow()} (1, 5, 15 min)`);

for (const benchCase of cases) {
  if (only && !benchCase.title.toLowerCase().includes(only.toLowerCase())) continue;
  console.log(`\n## ${benchCase.title}`);
  await benchCase.run();
  console.log(`load average ${loadNow()}`);
}

// `npm run bench`: every benchmark case, each printed as ratios against a baseline from the same run.
import { bundledFeed } from './cases/bundled-feed';
import { catalogueSearch } from './cases/catalogue-search';
import { icalExport } from './cases/ical-export';
import { recapFeedCase } from './cases/recap-feed';
import { scheduleImport } from './cases/schedule-import';
import type { BenchCase } from './harness';

const cases: BenchCase[] = [bundledFeed, recapFeedCase, scheduleImport, catalogueSearch, icalExport];
const only = process.argv[2];

for (const benchCase of cases) {
  if (only && !benchCase.title.toLowerCase().includes(only.toLowerCase())) continue;
  console.log(`\n## ${benchCase.title}`);
  await benchCase.run();
}

// Child process for the feed-refresh kill test: refreshes the feed file in argv into the database in
// argv, with a fixed clock, saying when it starts and when it begins to write.
import { refreshFeedLocation } from '../../../../src/core/use-cases/refresh-feeds';
import { openStore } from '../../../../src/core/store/open-store';

const [file, feedFile, now] = process.argv.slice(2);
const db = openStore(file!);
process.stdout.write('refreshing\n');
const started = Date.now();
let writingAt = 0;
await refreshFeedLocation(
  { db, now: () => new Date(now!) },
  feedFile!,
  'feed',
  () => {
    writingAt = Date.now();
    process.stdout.write('writing\n');
  },
  { allowRemovals: true },
);
process.stdout.write(`done: parse ${writingAt - started} ms, write ${Date.now() - writingAt} ms\n`);
db.close();

// `npm run fidelity [-- [--summary] [GOLD.json FEED_DIR]]`: how faithfully the feed scraper reads a
// corpus with a hand-checked gold (default: the development corpus in test/fixtures/feeds-dev).
import path from 'node:path';
import { ALL_RIGHT, FIELDS, readGold, scoreCorpus, share } from './score';

const args = process.argv.slice(2);
const summary = args.includes('--summary');
const [goldArg, dirArg] = args.filter((a) => !a.startsWith('--'));
const DEFAULT_DIR = path.resolve(import.meta.dirname, '../fixtures/feeds-dev');
const goldFile = path.resolve(goldArg ?? path.join(DEFAULT_DIR, 'gold.json'));
const feedDir = path.resolve(dirArg ?? (goldArg ? path.dirname(goldFile) : DEFAULT_DIR));

const score = scoreCorpus(readGold(goldFile), feedDir);
const pct = (right: number, of: number) => `${(share(right, of) * 100).toFixed(1).padStart(5)}%`;

if (!summary) {
  for (const miss of score.misses) {
    console.log(`${miss.feed} ${miss.id} ${miss.field}\n  expected: ${miss.expected}\n  got:      ${miss.got}`);
  }
  for (const extra of score.extra) console.log(`${extra.feed} ${extra.id} extra (not in the gold): ${extra.title}`);
  console.log('');
}
for (const feed of score.feeds) {
  const error = feed.error ? `  FAILED: ${feed.error}` : '';
  console.log(`${feed.feed.padEnd(42)} ${String(feed.allRight).padStart(3)}/${feed.sessions} all right${error}`);
}
console.log(`\n${score.sessions} sessions in ${path.relative(process.cwd(), goldFile) || goldFile}`);
for (const f of FIELDS) {
  const { right, judged } = score.fields[f];
  console.log(`  ${f.padEnd(9)} ${pct(right, judged)}  (${right}/${judged})`);
}
console.log(`  not found ${score.notFound}, extra ${score.extra.length}`);
console.log(
  `  all right (${ALL_RIGHT.join(' + ')}): ${pct(score.allRight, score.sessions)}  (${score.allRight}/${score.sessions})`,
);

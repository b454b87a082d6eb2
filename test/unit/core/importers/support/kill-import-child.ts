// Child process for the kill test: parses a large generated schedule, then applies it to the database in argv.
import { parseSchedule } from '../../../../../src/core/importers/parse-schedule';
import { applyImport } from '../../../../../src/core/store/apply-import';
import { openStore } from '../../../../../src/core/store/open-store';
import { generateFrabSchedule } from '../../../../bench/generate-schedule';

const [file, size] = process.argv.slice(2);
const db = openStore(file!);
const parsed = parseSchedule(generateFrabSchedule(Number(size)), {
  file: 'generated.json',
  location: '/tmp/generated.json',
});
process.stdout.write('importing\n');
const started = Date.now();
applyImport(db, parsed.batch);
process.stdout.write(`done in ${Date.now() - started} ms\n`);

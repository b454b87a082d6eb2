// Property: no mutation of a real schedule file, and no random bytes, make an importer throw anything but KubeplanError.
import fs from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { detectFormat } from '../../../src/core/importers/detect-format';
import { parseSchedule } from '../../../src/core/importers/parse-schedule';
import { decodeDocument } from '../../../src/core/text/decode-document';
import type { ScheduleFormat } from '../../../src/shared/types';
import { FIXTURES } from '../helpers';
import { HOSTILE } from './hostile-helpers';
import { applyAll, mutations, onlyKubeplanErrors } from './property-arbitraries';

/** Runs per importer; the files are large, so each run parses a 40 KB window of one (plus the mutations). */
export const IMPORTER_RUNS = 200;
export const RANDOM_BYTE_RUNS = 500;

const FILES: { file: string; format: ScheduleFormat }[] = [
  { file: path.join(FIXTURES, 'schedules', 'sched-kccnceu2026-tuesday-morning.ics'), format: 'ical' },
  { file: path.join(HOSTILE, 'broken-dates.ics'), format: 'ical' },
  { file: path.join(FIXTURES, 'schedules', 'sessionize-scottishsummit-2026-viewAll.json'), format: 'sessionize' },
  { file: path.join(FIXTURES, 'schedules', 'c3voc-schedule-json-frab-camp2019.json'), format: 'frab-json' },
  { file: path.join(FIXTURES, 'schedules', 'frab-schedule-39c3.xml'), format: 'frab-xml' },
  { file: path.join(FIXTURES, 'schedules', 'pentabarf-fosdem-2024-trimmed.xml'), format: 'pentabarf' },
  { file: path.join(FIXTURES, 'schedules', 'sched-export-penguicon2019.csv'), format: 'csv' },
  { file: path.join(HOSTILE, 'formula-injection.csv'), format: 'csv' },
];

const WINDOW = 40_000;

function parseBoth(text: string, name: string, format: ScheduleFormat): void {
  const base = { file: name, location: `file:${name}` };
  // As sniffed (what a dropped file gets), and forced (what --format does), with and without a zone.
  onlyKubeplanErrors(() => parseSchedule(text, base));
  onlyKubeplanErrors(() => parseSchedule(text, { ...base, format, timeZone: 'Europe/Brussels' }));
}

describe('importers under random mutation of real files', () => {
  for (const { file, format } of FILES) {
    it(`${format}: ${path.basename(file)}`, { timeout: 60_000 }, () => {
      const original = fs.readFileSync(file, 'utf8');
      // The unmutated window must still be readable as its format: the mutations are what is under test.
      expect(detectFormat(original.slice(0, WINDOW))).toBe(format);
      fc.assert(
        fc.property(fc.nat(Math.max(0, original.length - WINDOW)), mutations, (start, ms) => {
          // Windows start at the head half the time, so the sniffed format stays in play.
          const window = start % 2 === 0 ? original.slice(0, WINDOW) : original.slice(start, start + WINDOW);
          parseBoth(applyAll(window, ms), path.basename(file), format);
        }),
        { numRuns: IMPORTER_RUNS, seed: 7 },
      );
    });
  }

  it('random bytes, decoded as a file would be, through every importer', { timeout: 60_000 }, () => {
    const formats: ScheduleFormat[] = ['ical', 'sessionize', 'frab-json', 'frab-xml', 'pentabarf', 'csv'];
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 2000 }), fc.constantFrom(...formats), (bytes, format) => {
        const { text } = decodeDocument(bytes);
        parseBoth(text, 'random.bin', format);
      }),
      { numRuns: RANDOM_BYTE_RUNS, seed: 7 },
    );
  });
});

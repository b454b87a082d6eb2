// Property: no mutation of a real schedule file, and no random bytes, make an importer throw anything but KubeplanError.
import fs from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseSchedule } from '../../../src/core/importers/parse-schedule';
import { decodeDocument } from '../../../src/core/text/decode-document';
import type { ScheduleFormat } from '../../../src/shared/types';
import { FIXTURES } from '../helpers';
import { HOSTILE } from './hostile-helpers';
import { applyAll, mutations, nastyText, onlyKubeplanErrors } from './property-arbitraries';

/** Runs per importer file, each parsing the whole mutated file twice. */
export const IMPORTER_RUNS = 100;
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

/** Runs whose mutated file still gave sessions: the runs must exercise parsing, not only the error paths. */
let runsWithSessions = 0;

function parseBoth(text: string, name: string, format: ScheduleFormat): void {
  const base = { file: name, location: `file:${name}` };
  // As sniffed (what a dropped file gets), and forced (what --format does), with and without a zone.
  onlyKubeplanErrors(() => parseSchedule(text, base));
  const forced = onlyKubeplanErrors(() => parseSchedule(text, { ...base, format, timeZone: 'Europe/Brussels' }));
  if ((forced?.batch.sessions.length ?? 0) > 0) runsWithSessions += 1;
}

/** Replaces the value at a random path of a JSON document: keeps the syntax, attacks the importer's field reading. */
function mutateJson(value: unknown, picks: number[], replacement: unknown): unknown {
  if (picks.length === 0 || value === null || typeof value !== 'object') return replacement;
  const [pick, ...rest] = picks;
  if (Array.isArray(value)) {
    if (value.length === 0) return replacement;
    const i = pick! % value.length;
    return value.map((v, j) => (j === i ? mutateJson(v, rest, replacement) : v));
  }
  const keys = Object.keys(value);
  if (keys.length === 0) return replacement;
  const key = keys[pick! % keys.length]!;
  return {
    ...(value as Record<string, unknown>),
    [key]: mutateJson((value as Record<string, unknown>)[key], rest, replacement),
  };
}

const jsonEdit = fc.record({
  picks: fc.array(fc.nat(), { minLength: 1, maxLength: 8 }),
  replacement: fc.oneof(fc.jsonValue({ maxDepth: 2 }), nastyText, fc.constant(null)),
});

describe('importers under random mutation of real files', () => {
  for (const { file, format } of FILES) {
    it(`${format}: ${path.basename(file)}`, { timeout: 60_000 }, () => {
      const original = fs.readFileSync(file, 'utf8');
      const isJson = format === 'sessionize' || format === 'frab-json';
      const document = isJson ? (JSON.parse(original) as unknown) : null;
      runsWithSessions = 0;
      fc.assert(
        fc.property(
          fc.boolean(),
          mutations,
          fc.array(jsonEdit, { minLength: 1, maxLength: 6 }),
          (textLevel, ms, edits) => {
            // JSON files get value-level edits half the time (text edits almost never leave valid JSON).
            const text =
              isJson && !textLevel
                ? JSON.stringify(edits.reduce((doc, e) => mutateJson(doc, e.picks, e.replacement), document))
                : applyAll(original, ms);
            parseBoth(text, path.basename(file), format);
          },
        ),
        { numRuns: IMPORTER_RUNS, seed: 7 },
      );
      // Most text mutations make XML or iCal unreadable as a whole (the error path); at least one run in
      // twenty must still give sessions, so the importer's field parsing is under attack too.
      expect(runsWithSessions).toBeGreaterThanOrEqual(IMPORTER_RUNS / 20);
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

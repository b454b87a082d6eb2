// Helpers for the importer tests: the real schedule exports and how to import them into a test store.
import fs from 'node:fs';
import path from 'node:path';
import type { ImportOptions } from '../../../../src/core/importers/import-options';
import { importSchedule } from '../../../../src/core/importers/import-schedule';
import type { Db } from '../../../../src/core/store/db';
import { FIXTURES } from '../../helpers';

export const SCHEDULES = path.join(FIXTURES, 'schedules');

/** What each real export needs that the file does not say (Sessionize and Sched CSV carry no zone). */
export const REAL: Record<string, Partial<ImportOptions>> = {
  'sched-kccnceu2026-all.ics': {},
  'sessionize-scottishsummit-2026-viewAll.json': { timeZone: 'Europe/London', event: 'Scottish Summit 2026' },
  'c3voc-schedule-json-frab-camp2019.json': {},
  'frab-schedule-39c3.xml': {},
  'pentabarf-fosdem-2024-trimmed.xml': {},
  'sched-export-penguicon2019.csv': { timeZone: 'America/Detroit', event: 'Penguicon 2019' },
};

export function readSchedule(name: string): string {
  return fs.readFileSync(path.join(SCHEDULES, name), 'utf8');
}

export function options(name: string, extra: Partial<ImportOptions> = {}): ImportOptions {
  return { file: name, location: path.join(SCHEDULES, name), ...REAL[name], ...extra };
}

export function importReal(db: Db, name: string, text = readSchedule(name), extra: Partial<ImportOptions> = {}) {
  return importSchedule(db, text, options(name, extra));
}

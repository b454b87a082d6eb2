// Exporting a whole KubeCon (596 Sched sessions) as .ics, against ical.js parsing and re-writing the same file.
import fs from 'node:fs';
import path from 'node:path';
import ICAL from 'ical.js';
import { buildAgendaPlan } from '../../../src/core/agenda/build-plan';
import { exportCalendar } from '../../../src/core/ical/export-calendar';
import type { SessionView } from '../../../src/shared/types';
import { schedRecords } from '../../support/sched-records';
import { measure, report, type BenchCase } from '../harness';

const FILE = path.resolve(import.meta.dirname, '../../fixtures/schedules/sched-kccnceu2026-all.ics');

export const icalExport: BenchCase = {
  title: 'Export a whole event as .ics; build a full agenda plan',
  run() {
    const text = fs.readFileSync(FILE, 'utf8');
    const sessions: SessionView[] = schedRecords(FILE).map((record, i) => ({
      ...record,
      date: record.start!.slice(0, 10),
      status: 'active',
      agenda: i % 3 === 0 ? 'going' : i % 3 === 1 ? 'maybe' : null,
      note: null,
      changes: [],
    }));
    const options = { now: new Date(), calendarName: 'bench', suggestedName: 'bench.ics', personal: true };
    const roundTrip = measure(
      'ical.js parse + stringify of the Sched file',
      () => void ICAL.stringify(ICAL.parse(text)),
      20,
    );
    const exported = measure('exportCalendar(596 sessions)', () => void exportCalendar(sessions, options), 20);
    report(exported, roundTrip, `${exportCalendar(sessions, options).eventCount} events`);
    const plan = measure('buildAgendaPlan(596 sessions, 2/3 starred)', () => void buildAgendaPlan(sessions), 20);
    report(plan, roundTrip, `${buildAgendaPlan(sessions).conflictCount} conflicts`);
  },
};

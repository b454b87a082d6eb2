// Test support: a store holding the real KubeCon + CloudNativeCon Europe 2026 Sched export, imported
// through the product's own iCal importer, as a user's `kubeplan import all.ics` stores it.
import fs from 'node:fs';
import path from 'node:path';
import { parseSchedule } from '../../src/core/importers/parse-schedule';
import { applyImport } from '../../src/core/store/apply-import';
import type { Db } from '../../src/core/store/db';
import type { SessionRecord } from '../../src/shared/types';

export const KUBECON_EU_2026_ICS = path.resolve(import.meta.dirname, '../fixtures/schedules/sched-kccnceu2026-all.ics');
export const KUBECON_EU_2026 = 'KubeCon + CloudNativeCon Europe 2026';

export function importKubeconEu2026(db: Db, now = new Date('2026-03-01T09:00:00Z')): void {
  const parsed = parseSchedule(fs.readFileSync(KUBECON_EU_2026_ICS, 'utf8'), {
    file: 'sched-kccnceu2026-all.ics',
    location: KUBECON_EU_2026_ICS,
  });
  if (parsed.problems.length > 0) throw new Error(`the fixture has problems: ${parsed.problems[0]!.message}`);
  applyImport(db, parsed.batch, { now: () => now });
}

/** What a round trip must keep of a session: instants compared as instants, whatever offset they are written with. */
export function comparable(session: SessionRecord, { affiliations = true } = {}) {
  return {
    title: session.title,
    kind: session.kind,
    event: session.event,
    track: session.track,
    date: session.date,
    start: session.start === null ? null : Date.parse(session.start),
    end: session.end === null ? null : Date.parse(session.end),
    timeZone: session.timeZone,
    room: session.room,
    url: session.url,
    abstract: session.abstract,
    speakers: session.speakers.map((s) => (affiliations ? s : { name: s.name, affiliation: null })),
  };
}

// Test support: turns the Sched .ics fixture into SessionRecords (Sched's titles carry " - Speaker, Org"),
// so agenda and export tests run on a real KubeCon schedule. Not the product's importer.
import fs from 'node:fs';
import path from 'node:path';
import ICAL from 'ical.js';
import type { SessionRecord } from '../../src/shared/types';

export const SCHED_FIXTURE = path.resolve(
  import.meta.dirname,
  '../fixtures/schedules/sched-kccnceu2026-tuesday-morning.ics',
);
export const SCHED_EVENT = 'KubeCon + CloudNativeCon Europe 2026';
export const SCHED_ZONE = 'Europe/Amsterdam';

function titleCase(track: string): string {
  return track
    .toLowerCase()
    .replace(/(^|[\s+])(\p{L})/gu, (_m, space: string, letter: string) => space + letter.toUpperCase());
}

export function schedRecords(file = SCHED_FIXTURE): SessionRecord[] {
  const calendar = new ICAL.Component(ICAL.parse(fs.readFileSync(file, 'utf8')));
  return calendar.getAllSubcomponents('vevent').map((vevent) => {
    const event = new ICAL.Event(vevent);
    const url = String(vevent.getFirstPropertyValue('url') ?? '');
    const id = url.split('/event/')[1] ?? event.uid;
    const [title, who] = event.summary.split(/ - (?=[^-]+$)/);
    const start = event.startDate.toJSDate().toISOString();
    const end = event.endDate.toJSDate().toISOString();
    const category = vevent.getFirstPropertyValue('categories');
    return {
      sessionKey: id,
      url,
      title: (who ? title! : event.summary).trim(),
      kind: 'talk',
      event: SCHED_EVENT,
      track: category ? titleCase(String(category)) : null,
      date: null,
      start,
      end,
      timeZone: SCHED_ZONE,
      room: event.location ? event.location.split(',')[0]!.trim() : null,
      speakers: who
        ? who.split(/ & |; /).map((part) => {
            const [name, ...org] = part.split(', ');
            return { name: name!.trim(), affiliation: org.length > 0 ? org.join(', ').trim() : null };
          })
        : [],
      abstract: event.description || null,
      sourceItem: null,
    } satisfies SessionRecord;
  });
}

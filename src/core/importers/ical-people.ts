// Speakers named by a calendar's people properties, for calendars whose SUMMARY names nobody:
// ATTENDEE;CN= (chairs and participants), else ORGANIZER;CN= unless that is the calendar's owner.
import type ICAL from 'ical.js';
import type { SpeakerRef } from '../../shared/types';
import { fieldText } from './schedule-record';

type Component = InstanceType<typeof ICAL.Component>;

function commonName(property: InstanceType<typeof ICAL.Property> | null): string | null {
  if (!property) return null;
  const cn = property.getParameter('cn');
  const name = fieldText(Array.isArray(cn) ? cn.join(', ') : (cn ?? null));
  // A CN that is an address ("mailto:…", "talks@example.org") names no person.
  return name && !/@|^mailto:/i.test(name) ? name : null;
}

/**
 * The organizer names that organize most of a calendar (at least 5 entries and half of them): the
 * account or team that published it, not a speaker.
 */
export function calendarOwners(vevents: Component[]): Set<string> {
  const counts = new Map<string, number>();
  for (const vevent of vevents) {
    const name = commonName(vevent.getFirstProperty('organizer'));
    if (name) counts.set(name, (counts.get(name) ?? 0) + 1);
  }
  return new Set([...counts].filter(([, n]) => n >= 5 && n >= vevents.length / 2).map(([name]) => name));
}

/** The entry's people: its attendees' names (non-participants left out), else its organizer's. */
export function peopleOf(vevent: Component, owners: Set<string>): SpeakerRef[] {
  const attendees = vevent
    .getAllProperties('attendee')
    .filter((p) => String(p.getParameter('role') ?? '').toUpperCase() !== 'NON-PARTICIPANT')
    .map(commonName)
    .filter((name): name is string => name !== null);
  const names = attendees.length > 0 ? attendees : [commonName(vevent.getFirstProperty('organizer'))];
  const seen = new Set<string>();
  return names
    .filter((name): name is string => name !== null && !owners.has(name) && !seen.has(name) && !!seen.add(name))
    .map((name) => ({ name, affiliation: null }));
}

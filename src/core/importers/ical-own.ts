// Reads back kubeplan's own .ics export: its UIDs carry the session key, its X-KUBEPLAN- properties
// the kind, the event and the speakers, so export → import is lossless and a no-op on the same data.
import type ICAL from 'ical.js';
import type { SessionKind, SessionRecord, SpeakerRef } from '../../shared/types';
import { keyFromUid } from '../ical/session-uid';
import { dayInZone, inZoneAt, instantMs } from '../time/zoned';
import { fieldText, plainText } from './schedule-record';

type Component = InstanceType<typeof ICAL.Component>;

const KINDS: readonly SessionKind[] = ['talk', 'keynote', 'lightning', 'workshop', 'panel', 'booth', 'break', 'other'];

export interface OwnEntry {
  sessionKey: string;
  kind: SessionKind | null;
  event: string | null;
  speakers: SpeakerRef[];
  abstract: string | null;
}

function textOf(value: unknown): string | null {
  return typeof value === 'string' ? value : value == null ? null : String(value);
}

/**
 * What our export wrote, or null for an entry another program made (no kubeplan UID, or no
 * X-KUBEPLAN-KIND: an older export, read like any calendar). The abstract is the DESCRIPTION without
 * the paragraphs the export adds (the speaker line, the note, "Removed from the schedule.").
 */
export function readOwnEntry(vevent: Component): OwnEntry | null {
  const sessionKey = keyFromUid(textOf(vevent.getFirstPropertyValue('uid')) ?? '');
  const kind = textOf(vevent.getFirstPropertyValue('x-kubeplan-kind'));
  if (!sessionKey || kind === null) return null;
  const speakers = vevent.getAllProperties('x-kubeplan-speaker').flatMap((p) => {
    const name = fieldText(textOf(p.getFirstValue()));
    const affiliation = p.getParameter('x-affiliation');
    return name
      ? [{ name, affiliation: fieldText(Array.isArray(affiliation) ? affiliation.join(',') : affiliation) }]
      : [];
  });
  const paragraphs = (textOf(vevent.getFirstPropertyValue('description')) ?? '').replace(/\r\n?/g, '\n').split('\n\n');
  if (speakers.length > 0 && paragraphs[0]?.startsWith('Speakers: ')) paragraphs.shift();
  if (paragraphs.at(-1) === 'Removed from the schedule.') paragraphs.pop();
  if (vevent.getFirstProperty('x-kubeplan-note') && paragraphs.at(-1)?.startsWith('My note: ')) paragraphs.pop();
  return {
    sessionKey,
    kind: KINDS.includes(kind as SessionKind) ? (kind as SessionKind) : null,
    event: fieldText(textOf(vevent.getFirstPropertyValue('x-kubeplan-event'))),
    speakers,
    abstract: plainText(paragraphs.join('\n\n')),
  };
}

/** Our entry's fields over what the generic reading found: title as written, never split again. */
export function applyOwnEntry(
  record: SessionRecord,
  own: OwnEntry,
  summary: string,
  zone: string | null,
): SessionRecord {
  // Each session keeps the zone it was exported in (a calendar may mix events' zones).
  const inOwnZone = (iso: string | null) => (iso && zone ? inZoneAt(instantMs(iso), zone) : iso);
  return {
    ...record,
    start: inOwnZone(record.start),
    end: inOwnZone(record.end),
    date: zone && record.start ? dayInZone(record.start, zone) : record.date,
    timeZone: zone ?? record.timeZone,
    sessionKey: own.sessionKey,
    title: summary,
    kind: own.kind ?? record.kind,
    event: own.event ?? record.event,
    speakers: own.speakers,
    abstract: own.abstract,
  };
}

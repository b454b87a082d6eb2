// Merges what several sources say about one session into the record the catalogue shows.
import type { SessionKind, SessionRecord, SourceKind, SpeakerRef } from '../../shared/types';
import { matchKey } from '../text/normalize';
import { dayInZone, toUtcIso } from '../time/zoned';

export interface SourcedRecord {
  sourceKind: SourceKind;
  seenAt: string;
  record: SessionRecord;
}

// Organizer schedules know times and rooms better than blog posts; posts fill in the rest.
const PRIORITY: Record<SourceKind, number> = { schedule: 2, feed: 1, bundled: 1 };

function byAuthority(a: SourcedRecord, b: SourcedRecord): number {
  return PRIORITY[b.sourceKind] - PRIORITY[a.sourceKind] || b.seenAt.localeCompare(a.seenAt);
}

function first<T>(records: SessionRecord[], pick: (r: SessionRecord) => T | null): T | null {
  for (const record of records) {
    const value = pick(record);
    if (value !== null && value !== '') return value;
  }
  return null;
}

/** 'talk' is every extractor's fallback, so a more specific kind from any source wins over it. */
function mergeKind(records: SessionRecord[]): SessionKind {
  const top = records[0]!.kind;
  if (top !== 'talk') return top;
  return records.find((r) => r.kind !== 'talk' && r.kind !== 'other')?.kind ?? top;
}

function mergeSpeakers(records: SessionRecord[]): SpeakerRef[] {
  const lead = records.find((r) => r.speakers.length > 0);
  if (!lead) return [];
  const affiliations = new Map<string, string>();
  for (const record of records) {
    for (const speaker of record.speakers) {
      if (!speaker.affiliation) continue;
      const key = matchKey(speaker.name);
      if (!affiliations.has(key)) affiliations.set(key, speaker.affiliation);
    }
  }
  // Keys only when there is an affiliation to look up: matchKey per speaker adds up over big imports.
  return lead.speakers.map((s) => ({
    name: s.name,
    affiliation: s.affiliation ?? (affiliations.size > 0 ? affiliations.get(matchKey(s.name)) : undefined) ?? null,
  }));
}

export function mergeRecords(key: string, sourced: SourcedRecord[]): SessionRecord {
  const records = [...sourced].sort(byAuthority).map((s) => s.record);
  const timed = records.find((r) => r.start !== null && toUtcIso(r.start) !== null);
  const timeZone = timed?.timeZone ?? first(records, (r) => r.timeZone);
  // A timed record's day is the day of its start in the event's zone, whether or not it said so.
  const timedDay = timed ? (timed.date ?? dayInZone(toUtcIso(timed.start!)!, timeZone)) : null;
  return {
    sessionKey: key,
    url:
      first(records, (r) => (r.url && /sched\.(com|co)\//.test(r.url) ? r.url : null)) ?? first(records, (r) => r.url),
    title: records[0]!.title,
    kind: mergeKind(records),
    event: first(records, (r) => r.event),
    track: first(records, (r) => r.track),
    date: timedDay ?? first(records, (r) => r.date),
    start: timed?.start ?? null,
    end: timed?.end ?? null,
    timeZone,
    room: first(records, (r) => r.room),
    speakers: mergeSpeakers(records),
    abstract: first(records, (r) => r.abstract),
    sourceItem: first(records, (r) => r.sourceItem),
  };
}

/**
 * A session listed twice in one batch (a post linking a talk twice) becomes one record, fields merged
 * with the first listing winning where both say something.
 */
export function mergeDuplicates(records: SessionRecord[]): SessionRecord[] {
  const groups = new Map<string, SessionRecord[]>();
  for (const record of records) {
    const group = groups.get(record.sessionKey);
    if (group) group.push(record);
    else groups.set(record.sessionKey, [record]);
  }
  return [...groups.entries()].map(([id, group]) =>
    group.length === 1
      ? group[0]!
      : mergeRecords(
          id,
          // Same authority for all; a later "seen" stamp for earlier listings keeps them first.
          group.map((record, i) => ({
            sourceKind: 'feed' as const,
            seenAt: String(group.length - i).padStart(6, '0'),
            record,
          })),
        ),
  );
}

// What changed between two versions of one session, in the terms the Changes view shows.
import type { ChangeKind, SessionRecord } from '../../shared/types';
import { matchKey } from '../text/normalize';
import { toUtcIso } from '../time/zoned';

export interface FieldChange {
  change: ChangeKind;
  oldValue: string | null;
  newValue: string | null;
}

function instant(value: string | null): string | null {
  return value ? toUtcIso(value) : null;
}

function speakerList(record: SessionRecord): string {
  return record.speakers.map((s) => (s.affiliation ? `${s.name} (${s.affiliation})` : s.name)).join(', ');
}

function speakerKey(record: SessionRecord): string {
  return record.speakers.map((s) => `${matchKey(s.name)}|${s.affiliation ?? ''}`).join(';');
}

export function diffRecords(old: SessionRecord, next: SessionRecord): FieldChange[] {
  const changes: FieldChange[] = [];
  const compare = (change: ChangeKind, a: string | null, b: string | null) => {
    if ((a ?? null) !== (b ?? null)) changes.push({ change, oldValue: a, newValue: b });
  };
  compare('title', old.title, next.title);
  compare('kind', old.kind, next.kind);
  compare('day', old.date, next.date);
  const oldTime = [instant(old.start), instant(old.end)].join('/');
  const newTime = [instant(next.start), instant(next.end)].join('/');
  if (oldTime !== newTime) changes.push({ change: 'time', oldValue: old.start, newValue: next.start });
  compare('room', old.room, next.room);
  compare('track', old.track, next.track);
  // Speakers are stored once per name key, so a spelling variant (Spišaková/Spišáková) is no change.
  if (speakerKey(old) !== speakerKey(next))
    changes.push({ change: 'speakers', oldValue: speakerList(old), newValue: speakerList(next) });
  return changes;
}

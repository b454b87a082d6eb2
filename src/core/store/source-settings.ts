// Per-source settings: what `sources add --tz ZONE --event NAME` was told about a subscribed schedule
// whose file does not say (Sessionize and most CSV give wall-clock times with no zone), kept in the
// settings table and used again on every refresh.
import { z } from 'zod';
import type { Db } from './db';
import { readValue, writeValue } from './settings';

export interface SourceSettings {
  /** IANA zone for the schedule's wall-clock times (and its display zone): `--tz`. */
  timeZone?: string;
  /** The event's name when the file does not give one: `--event`. */
  event?: string;
}

const schema = z.object({ timeZone: z.string().min(1).optional(), event: z.string().min(1).optional() });

const keyOf = (location: string) => `source-settings:${location}`;

/** The settings stored for a source; none when unset or when a broken value was stored. */
export function readSourceSettings(db: Db, location: string): SourceSettings {
  const parsed = schema.safeParse(readValue(db, keyOf(location)));
  if (!parsed.success) return {};
  const settings: SourceSettings = {};
  if (parsed.data.timeZone) settings.timeZone = parsed.data.timeZone;
  if (parsed.data.event) settings.event = parsed.data.event;
  return settings;
}

/** Stores a source's settings over what it had (a field left out keeps its value). */
export function writeSourceSettings(db: Db, location: string, changes: SourceSettings, now: Date): SourceSettings {
  const next = { ...readSourceSettings(db, location), ...changes };
  writeValue(db, keyOf(location), next, now);
  return next;
}

export function deleteSourceSettings(db: Db, location: string): void {
  db.prepare('DELETE FROM settings WHERE key = ?').run(keyOf(location));
}

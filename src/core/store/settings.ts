// The user's preferences in the `settings` table, checked against the rules in shared both ways.
import type { AppSettings } from '../../shared/agenda-types';
import { reminderMinutesSchema } from '../../shared/reminder-minutes';
import type { Db } from './db';

const reminderMinutes = reminderMinutesSchema.nullable();

export const DEFAULT_SETTINGS: AppSettings = { reminderMinutes: null };

/** One row's JSON value; undefined when missing or not JSON. Other stores keep app state here too. */
export function readValue(db: Db, key: string): unknown {
  const row = db.prepare<[string], { value: string }>('SELECT value FROM settings WHERE key = ?').get(key);
  if (!row) return undefined;
  try {
    return JSON.parse(row.value) as unknown;
  } catch {
    return undefined;
  }
}

export function readSettings(db: Db): AppSettings {
  // A value a future or broken build wrote falls back to the default rather than breaking start-up.
  const minutes = reminderMinutes.safeParse(readValue(db, 'reminderMinutes'));
  return { reminderMinutes: minutes.success ? minutes.data : DEFAULT_SETTINGS.reminderMinutes };
}

/** Stores one row's value as JSON. */
export function writeValue(db: Db, key: string, value: unknown, now: Date): void {
  db.prepare(
    `INSERT INTO settings (key, value, updated_at) VALUES (?, ?, ?)
     ON CONFLICT (key) DO UPDATE SET value = excluded.value, updated_at = excluded.updated_at`,
  ).run(key, JSON.stringify(value), now.toISOString());
}

export function writeSettings(db: Db, changes: Partial<AppSettings>, now: Date = new Date()): AppSettings {
  db.transaction(() => {
    if (changes.reminderMinutes !== undefined) {
      writeValue(db, 'reminderMinutes', reminderMinutes.parse(changes.reminderMinutes), now);
    }
  })();
  return readSettings(db);
}

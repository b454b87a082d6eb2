// Which reminders have been shown, kept in the database so that restarting the app inside a
// reminder's lead time does not show it again.
import { z } from 'zod';
import { readValue, writeValue } from '../store/settings';
import type { Db } from '../store/db';

export interface FiredReminders {
  has(id: string): boolean;
  /** `startsAt` lets the record be forgotten once the session has started. */
  add(id: string, startsAt: string): void;
}

export function firedInMemory(): FiredReminders {
  const fired = new Set<string>();
  return { has: (id) => fired.has(id), add: (id) => void fired.add(id) };
}

/** Stored beside the preferences (one settings row) as {id: startsAt}; a broken value counts as none. */
const KEY = 'remindersFired';
const stored = z.record(z.string(), z.string());

export function firedInDatabase(db: Db, now: () => Date = () => new Date()): FiredReminders {
  const read = (): Record<string, string> => {
    const parsed = stored.safeParse(readValue(db, KEY) ?? {});
    return parsed.success ? parsed.data : {};
  };
  return {
    has: (id) => id in read(),
    add: (id, startsAt) => {
      const at = now();
      // Sessions that have started need no record: their reminders are never due again.
      const kept = Object.fromEntries(Object.entries(read()).filter(([, start]) => Date.parse(start) > at.getTime()));
      kept[id] = startsAt;
      writeValue(db, KEY, kept, at);
    },
  };
}

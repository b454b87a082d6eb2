// Flattens search hits into the rows the virtual list draws: day headings, time slots and sessions.
import type { CatalogueHit } from '../../core/search/search-catalogue';

export type CatalogueRow =
  | { type: 'day'; key: string; date: string | null; count: number }
  | { type: 'slot'; key: string; start: string | null; timeZone: string | null; count: number }
  | { type: 'session'; key: string; hit: CatalogueHit; position: number };

export interface CatalogueRows {
  rows: CatalogueRow[];
  /** For each session (by position among sessions), the index of its row. */
  sessionRow: number[];
}

/**
 * Ranked hits stay a flat list; in catalogue order sessions are grouped under their day, then their
 * start time (sessions with a day but no time form a "time to be announced" slot). `slots: false`
 * keeps the day headings only: compact rows carry their own time.
 */
export function catalogueRows(hits: CatalogueHit[], grouped: boolean, { slots = true } = {}): CatalogueRows {
  const rows: CatalogueRow[] = [];
  const sessionRow: number[] = [];
  let day: CatalogueRow & { type: 'day' } = { type: 'day', key: '', date: null, count: 0 };
  let slot: CatalogueRow & { type: 'slot' } = { type: 'slot', key: '', start: null, timeZone: null, count: 0 };
  hits.forEach((hit, position) => {
    const { session } = hit;
    if (grouped) {
      const dayKey = `day:${session.date ?? 'none'}`;
      if (rows.length === 0 || day.key !== dayKey) {
        day = { type: 'day', key: dayKey, date: session.date, count: 0 };
        rows.push(day);
        slot = { type: 'slot', key: '', start: null, timeZone: null, count: 0 };
      }
      day.count += 1;
      const slotKey = `${dayKey}:${session.start ?? 'tba'}`;
      if (slots && slot.key !== slotKey && (session.date !== null || session.start !== null)) {
        slot = { type: 'slot', key: slotKey, start: session.start, timeZone: session.timeZone, count: 0 };
        rows.push(slot);
      }
      slot.count += 1;
    }
    sessionRow.push(rows.length);
    rows.push({ type: 'session', key: `session:${session.sessionKey}`, hit, position });
  });
  return { rows, sessionRow };
}

// Reads what one import did to the user's plan from its change log: the starred sessions it removed,
// cancelled, turned into breaks, moved or renamed, and every session it removed. Runs inside a dry
// run's transaction too, so the preview and the import read the same rows.
import type { ChangeKind, PlanEffect, RemovalCheck, StarredEffect, AgendaStatus } from '../../shared/types';
import type { Db } from './db';
import { NON_SESSION_KINDS } from './read-sessions';

interface Row {
  session_key: string;
  change: ChangeKind;
  old_value: string | null;
  new_value: string | null;
  title: string | null;
  time_zone: string | null;
  agenda: AgendaStatus | null;
}

const NON_SESSION: readonly string[] = NON_SESSION_KINDS;

/** The effect a change has on a starred session, or null when it does not touch the plan (a new speaker). */
function effectOf(row: Row): PlanEffect | null {
  switch (row.change) {
    case 'removed':
    case 'cancelled':
      return row.change;
    case 'time':
    case 'day':
    case 'room':
      return 'moved';
    case 'title':
      return 'renamed';
    case 'kind':
      // A talk that becomes a break or logistics leaves the agenda: the user must hear of it.
      return NON_SESSION.includes(row.new_value ?? '') && !NON_SESSION.includes(row.old_value ?? '')
        ? 'became-break'
        : null;
    default:
      return null;
  }
}

const EFFECT_ORDER: readonly PlanEffect[] = ['removed', 'cancelled', 'became-break', 'moved', 'renamed'];

function rank(entry: StarredEffect): number {
  return Math.min(...entry.effects.map((e) => EFFECT_ORDER.indexOf(e.effect)));
}

export function readPlanEffects(
  db: Db,
  importId: number,
): Omit<RemovalCheck, 'reasons' | 'sourceSessions'> & {
  starred: StarredEffect[];
} {
  const rows = db
    .prepare<[number], Row>(
      `
      SELECT c.session_key, c.change, c.old_value, c.new_value, s.title, s.time_zone, a.status AS agenda
      FROM changes c LEFT JOIN sessions s ON s.session_key = c.session_key
      LEFT JOIN agenda a ON a.session_key = c.session_key
      WHERE c.import_id = ? ORDER BY c.id`,
    )
    .all(importId);
  const starred = new Map<string, StarredEffect>();
  const removed: RemovalCheck['removed'] = [];
  for (const row of rows) {
    if (row.change === 'removed' || row.change === 'cancelled') {
      removed.push({
        sessionKey: row.session_key,
        title: row.old_value ?? row.title ?? row.session_key,
        change: row.change,
        starred: row.agenda !== null,
      });
    }
    const effect = effectOf(row);
    if (!row.agenda || !effect) continue;
    let entry = starred.get(row.session_key);
    if (!entry) {
      entry = {
        sessionKey: row.session_key,
        title: row.title ?? row.session_key,
        agenda: row.agenda,
        timeZone: row.time_zone,
        effects: [],
      };
      starred.set(row.session_key, entry);
    }
    // Listed under the name the user starred, not the new one.
    if (row.change === 'title' || row.change === 'removed' || row.change === 'cancelled')
      entry.title = row.old_value ?? entry.title;
    entry.effects.push({ effect, change: row.change, oldValue: row.old_value, newValue: row.new_value });
  }
  const sorted = [...starred.values()].sort((a, b) => rank(a) - rank(b) || a.title.localeCompare(b.title));
  return { starred: sorted, removed };
}

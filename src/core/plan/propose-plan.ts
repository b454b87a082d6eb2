// The conflict-free plan the user is shown before anything changes: per day, the starred sessions
// kept, those dropped with the session that pushed each out, and recommended ones for free time.
import type { PlanDayProposal, PlanDrop, PlanProposal, Recommendation } from '../../shared/planning-types';
import type { SessionView } from '../../shared/types';
import { hallOf, walkMinutes, DEFAULT_HALL_MINUTES } from './rooms';
import { canFollow, solveDay, type PlanItem } from './solve-day';
import { fillWeight, starWeight, type Tier } from './weights';

export interface PlanInput {
  /** The catalogue, starred sessions included (their `agenda` says going or maybe). */
  sessions: readonly SessionView[];
  pinned: ReadonlySet<string>;
  /** Session keys with a recording. */
  recorded: ReadonlySet<string>;
  /** Sessions to fill free time with, best first (For you); none to keep the plan to the stars. */
  fill: readonly Recommendation[];
  hallMinutes?: number;
  days?: readonly string[];
}

interface Timed {
  session: SessionView;
  start: number;
  end: number;
}

function timed(session: SessionView): Timed | null {
  if (!session.start || !session.date) return null;
  const start = Date.parse(session.start);
  const end = session.end ? Date.parse(session.end) : start;
  return Number.isNaN(start) || Number.isNaN(end) ? null : { session, start, end: Math.max(start, end) };
}

function tierOf(session: SessionView, pinned: ReadonlySet<string>): Exclude<Tier, 'fill'> | null {
  if (session.agenda === null) return null;
  return pinned.has(session.sessionKey) ? 'pinned' : session.agenda;
}

const TIER_WORDS: Record<Tier, string> = { pinned: 'pinned', going: 'going', maybe: 'maybe', fill: 'recommended' };

function dropReason(dropped: Timed, by: Timed, tierOfBy: Tier, hallMinutes: number, recorded: boolean): string {
  const overlaps = dropped.start < by.end && by.start < dropped.end;
  const title = `“${by.session.title}” (${TIER_WORDS[tierOfBy]})`;
  const base = overlaps
    ? `overlaps ${title}`
    : `no time to walk ${hallMinutes} min between ${hallOf(dropped.session.room) ?? 'rooms'} and ${
        hallOf(by.session.room) ?? 'rooms'
      } for ${title}`;
  return recorded ? `${base}; this one has a recording` : base;
}

export function proposePlan(input: PlanInput): PlanProposal {
  const hallMinutes = input.hallMinutes ?? DEFAULT_HALL_MINUTES;
  const walk = (from: string | null, to: string | null): number => walkMinutes(from, to, hallMinutes);
  const byDay = new Map<string, { starred: Timed[]; fill: { t: Timed; rec: Recommendation }[] }>();
  const dayOf = (date: string) => {
    let day = byDay.get(date);
    if (!day) byDay.set(date, (day = { starred: [], fill: [] }));
    return day;
  };
  for (const session of input.sessions) {
    const t = timed(session);
    if (t && session.agenda !== null && session.status === 'active') dayOf(session.date!).starred.push(t);
  }
  for (const rec of input.fill) {
    const t = timed(rec.session);
    // Only days the user plans: a recommendation never adds a day they did not choose to attend.
    if (t && rec.session.agenda === null && byDay.has(rec.session.date!))
      byDay.get(rec.session.date!)!.fill.push({ t, rec });
  }
  const wanted = input.days ? new Set(input.days) : null;
  const days: PlanDayProposal[] = [];
  for (const [date, day] of [...byDay].sort(([a], [b]) => a.localeCompare(b))) {
    if (wanted && !wanted.has(date)) continue;
    const items: PlanItem[] = [
      ...day.starred.map(({ session, start, end }) => ({
        key: session.sessionKey,
        start,
        end,
        room: session.room,
        weight: starWeight(tierOf(session, input.pinned)!, input.recorded.has(session.sessionKey)),
      })),
      ...day.fill.map(({ t, rec }) => ({
        key: t.session.sessionKey,
        start: t.start,
        end: t.end,
        room: t.session.room,
        weight: fillWeight(rec.score),
      })),
    ];
    const chosen = new Set(solveDay(items, walk).keys);
    const itemOf = new Map(items.map((item) => [item.key, item]));
    const kept = day.starred.filter((t) => chosen.has(t.session.sessionKey));
    const dropped: PlanDrop[] = day.starred
      .filter((t) => !chosen.has(t.session.sessionKey))
      .map((t) => {
        const item = itemOf.get(t.session.sessionKey)!;
        const keptTimed = [...kept, ...day.fill.filter((f) => chosen.has(f.t.session.sessionKey)).map((f) => f.t)];
        // The kept session it cannot stand beside; the starred ones before recommendations.
        const by =
          keptTimed.find((k) => {
            const other = itemOf.get(k.session.sessionKey)!;
            return !canFollow(item, other, walk) && !canFollow(other, item, walk);
          }) ?? null;
        const byTier: Tier = by ? (tierOf(by.session, input.pinned) ?? 'fill') : 'fill';
        return {
          session: t.session,
          blockedBy: by?.session ?? null,
          reason: by
            ? dropReason(t, by, byTier, hallMinutes, input.recorded.has(t.session.sessionKey))
            : 'does not fit the plan',
        };
      });
    const added = day.fill.filter((f) => chosen.has(f.t.session.sessionKey)).map((f) => f.rec);
    days.push({ date, kept: kept.map((t) => t.session), dropped, added });
  }
  return {
    days,
    hallMinutes,
    droppedCount: days.reduce((n, d) => n + d.dropped.length, 0),
    addedCount: days.reduce((n, d) => n + d.added.length, 0),
  };
}

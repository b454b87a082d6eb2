// The conflict-free plan: propose it (nothing changes), apply exactly what was shown, undo it; pins
// and the walking time between halls.
import { KubeplanError } from '../../shared/errors';
import type { PlanApplication, PlanOptions, PlanProposal } from '../../shared/planning-types';
import { DEFAULT_HALL_MINUTES } from '../plan/rooms';
import { proposePlan } from '../plan/propose-plan';
import { forYou } from '../recommend/similar';
import { setStarsTo } from '../store/agenda';
import {
  lastApplication,
  listPins,
  markUndone,
  readAgendaRows,
  recordApplication,
  restoreAgendaRows,
  setPinned,
} from '../store/plan-store';
import { listRecordings } from '../store/recordings-store';
import { getSession, listSessions } from '../store/read-sessions';
import { readValue, writeValue } from '../store/settings';
import { backupOnce, nowOf, type UseCaseDeps } from './deps';
import { recommenderOf, starsOf } from './recommend';

const HALL_MINUTES_KEY = 'plan.hallMinutes';
/** How many For you sessions a plan may draw on to fill free time. */
const FILL_POOL = 60;

export function getHallMinutes(deps: UseCaseDeps): number {
  const value = readValue(deps.db, HALL_MINUTES_KEY);
  return typeof value === 'number' && Number.isInteger(value) && value >= 0 && value <= 120
    ? value
    : DEFAULT_HALL_MINUTES;
}

export function setHallMinutes(deps: UseCaseDeps, minutes: number): number {
  if (!Number.isInteger(minutes) || minutes < 0 || minutes > 120) {
    throw new KubeplanError(
      'invalid-argument',
      'minutes between halls must be a whole number from 0 to 120',
      'hallMinutes',
    );
  }
  writeValue(deps.db, HALL_MINUTES_KEY, minutes, nowOf(deps));
  return minutes;
}

/** What a conflict-free plan would keep, drop and add; changes nothing. */
export function proposeConflictFreePlan(deps: UseCaseDeps, options: PlanOptions = {}): PlanProposal {
  const recommender = recommenderOf(deps.db);
  const sessions = recommender.vectors.sessions;
  const fill = options.fill === false ? [] : forYou(recommender, starsOf(sessions), FILL_POOL);
  return proposePlan({
    sessions,
    pinned: listPins(deps.db),
    recorded: new Set(listRecordings(deps.db).map((r) => r.sessionKey)),
    fill,
    hallMinutes: options.hallMinutes ?? getHallMinutes(deps),
    ...(options.days ? { days: options.days } : {}),
  });
}

/** The keys a proposal drops (to unstar) and adds (as maybe): what the user saw and agreed to. */
export interface PlanChange {
  drop: string[];
  add: string[];
}

export function changeOf(proposal: PlanProposal): PlanChange {
  return {
    drop: proposal.days.flatMap((d) => d.dropped.map((x) => x.session.sessionKey)),
    add: proposal.days.flatMap((d) => d.added.map((x) => x.session.sessionKey)),
  };
}

/**
 * Applies a plan in one transaction after a backup: dropped sessions leave the agenda (their notes
 * stay), added ones become "maybe". The rows as they were are kept so `undoPlan` puts them back.
 */
export function applyPlan(deps: UseCaseDeps, change: PlanChange): PlanApplication {
  const keys = [...new Set([...change.drop, ...change.add])];
  if (keys.length === 0) throw new KubeplanError('invalid-argument', 'the plan changes nothing', 'plan');
  const known = new Set(listSessions(deps.db, { includeRemoved: true }).map((s) => s.sessionKey));
  const unknown = keys.find((key) => !known.has(key));
  if (unknown) throw new KubeplanError('not-found', `no session with key ${unknown}`, 'sessionKey');
  backupOnce(deps, 'before-plan-apply')();
  const now = nowOf(deps);
  return deps.db.transaction(() => {
    const before = readAgendaRows(deps.db, keys);
    setStarsTo(deps.db, change.drop, null, now);
    setStarsTo(deps.db, change.add, 'maybe', now);
    return recordApplication(deps.db, before, { dropped: change.drop.length, added: change.add.length }, now);
  })();
}

/** Puts the agenda back as it was before the latest applied plan. */
export function undoPlan(deps: UseCaseDeps): PlanApplication {
  const last = lastApplication(deps.db);
  if (!last) throw new KubeplanError('not-found', 'no applied plan to undo', 'plan');
  backupOnce(deps, 'before-plan-undo')();
  deps.db.transaction(() => {
    restoreAgendaRows(deps.db, last.before);
    markUndone(deps.db, last.id, nowOf(deps));
  })();
  return { id: last.id, appliedAt: last.appliedAt, dropped: last.dropped, added: last.added };
}

/** Pins a session (a plan keeps it first) or unpins it; pinning an unstarred session marks it going. */
export function pinSession(deps: UseCaseDeps, sessionKey: string, pinned: boolean): { pinned: boolean } {
  const session = getSession(deps.db, sessionKey);
  const now = nowOf(deps);
  deps.db.transaction(() => {
    if (pinned && session.agenda === null) setStarsTo(deps.db, [sessionKey], 'going', now);
    setPinned(deps.db, sessionKey, pinned, now);
  })();
  return { pinned };
}

export function listPinned(deps: UseCaseDeps): string[] {
  return [...listPins(deps.db)].sort();
}

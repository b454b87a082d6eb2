// The safeguard every import passes through: what it does to the user's plan (starred sessions removed,
// cancelled, turned into breaks, moved, renamed) and whether it takes so much away that it must be
// confirmed a second time: more than a quarter of the source's sessions, or any starred session.
import { KubeplanError } from '../../shared/errors';
import { plural } from '../../shared/summary-text';
import type { ImportBatch, ImportResult, PlanImpact } from '../../shared/types';
import { dryRunInspect, type ApplyOptions } from '../store/apply-import';
import type { Db } from '../store/db';
import { readPlanEffects } from '../store/plan-effects';
import { sourceSessionCount } from '../store/sources';

/** An import removing more than this share of a source's sessions asks first. */
export const REMOVAL_SHARE = 0.25;

/** How many removed titles a refusal message names before "and N more". */
const NAMED_IN_MESSAGE = 20;

/** The impact of the import `result` (read from its change log), given what the source listed before it. */
export function planImpact(db: Db, result: ImportResult, sourceSessions: number): PlanImpact {
  const { starred, removed } = readPlanEffects(db, result.importId);
  const reasons: string[] = [];
  const leaving = starred.filter((s) =>
    s.effects.some((e) => e.effect === 'removed' || e.effect === 'cancelled' || e.effect === 'became-break'),
  );
  if (leaving.length > 0) {
    reasons.push(
      `it takes ${plural(leaving.length, 'starred session')} out of your agenda: ${leaving.map((s) => `"${s.title}"`).join(', ')}`,
    );
  }
  if (removed.length > 0 && removed.length > sourceSessions * REMOVAL_SHARE) {
    reasons.push(
      `it removes ${removed.length} of the ${sourceSessions} sessions this source listed (more than a quarter)`,
    );
  }
  return { starred, removals: { sourceSessions, removed, reasons } };
}

/** The impact a batch would have, from a dry run (rolled back): what the preview shows. */
export function previewImpact(
  db: Db,
  batch: ImportBatch,
  options: ApplyOptions,
): { result: ImportResult; impact: PlanImpact } {
  const before = sourceSessionCount(db, batch.source.location);
  return dryRunInspect(db, batch, options, (result) => ({ result, impact: planImpact(db, result, before) }));
}

/** No import can remove anything from a source that lists no session yet: no dry run is needed to know. */
export function mayRemove(db: Db, batch: ImportBatch): boolean {
  return sourceSessionCount(db, batch.source.location) > 0;
}

/** Refuses an import that needs a second confirmation, naming why and what would go; nothing is written. */
export function refuseUnconfirmed(impact: PlanImpact, where: string): void {
  const { reasons, removed } = impact.removals;
  if (reasons.length === 0) return;
  const named = removed
    .slice(0, NAMED_IN_MESSAGE)
    .map((s) => `"${s.title}"${s.change === 'cancelled' ? ' (cancelled)' : ''}`);
  const more = removed.length > NAMED_IN_MESSAGE ? ` and ${removed.length - NAMED_IN_MESSAGE} more` : '';
  const going = removed.length > 0 ? `; it would remove ${named.join(', ')}${more}` : '';
  throw new KubeplanError(
    'needs-confirmation',
    `this import needs a second confirmation: ${reasons.join('; ')}${going}. Nothing was imported: allow the removals to import it anyway (--allow-removals)`,
    where,
  );
}

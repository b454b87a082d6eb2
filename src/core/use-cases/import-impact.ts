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

/** How many removed sessions a shell lists for a refused import before "and N more". */
const NAMED_IN_MESSAGE = 20;

/** A few titles in quotes, then how many more: a reason stays one readable sentence. */
function named(titles: string[], few = 3): string {
  const quoted = titles.slice(0, few).map((t) => `"${t}"`);
  return titles.length > few ? `${quoted.join(', ')} and ${titles.length - few} more` : quoted.join(', ');
}

/** The impact of the import `result` (read from its change log), given what the source listed before it. */
export function planImpact(db: Db, result: ImportResult, sourceSessions: number): PlanImpact {
  const { starred, removed } = readPlanEffects(db, result.importId);
  const reasons: string[] = [];
  const leaving = starred.filter((s) =>
    s.effects.some((e) => e.effect === 'removed' || e.effect === 'cancelled' || e.effect === 'became-break'),
  );
  if (leaving.length > 0) {
    reasons.push(
      `it takes ${plural(leaving.length, 'starred session')} out of your agenda (${named(leaving.map((s) => s.title))})`,
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

/** An import refused until confirmed a second time; it carries the impact, so a shell can list what would go. */
export class RemovalsNeedConfirmation extends KubeplanError {
  constructor(
    readonly impact: PlanImpact,
    where: string,
  ) {
    super(
      'needs-confirmation',
      `nothing was imported: it needs a second confirmation (--allow-removals): ${impact.removals.reasons.join('; ')}`,
      where,
    );
  }
}

/** Refuses an import that needs a second confirmation, saying why; nothing is written. */
export function refuseUnconfirmed(impact: PlanImpact, where: string): void {
  if (impact.removals.reasons.length > 0) throw new RemovalsNeedConfirmation(impact, where);
}

/** The sessions a refused import would remove, one per line (starred first), for a shell to print. */
export function removalLines(impact: PlanImpact, limit = NAMED_IN_MESSAGE): string[] {
  const removed = [...impact.removals.removed].sort((a, b) => Number(b.starred) - Number(a.starred));
  const lines = removed
    .slice(0, limit)
    .map((s) => `${s.starred ? '★ ' : ''}${s.title}${s.change === 'cancelled' ? ' (cancelled)' : ''}`);
  if (removed.length > limit) lines.push(`…and ${removed.length - limit} more`);
  return lines;
}

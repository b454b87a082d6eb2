// How much a session is worth keeping in a plan: a vector compared in order, so no number of lower
// ones ever outweighs one higher (one pinned session beats any count of going ones).

/** [pinned, going, maybe, starred kept without a recording, recommended fill score]. */
export type PlanWeight = readonly [number, number, number, number, number];

export const ZERO: PlanWeight = [0, 0, 0, 0, 0];

export function add(a: PlanWeight, b: PlanWeight): PlanWeight {
  return [a[0] + b[0], a[1] + b[1], a[2] + b[2], a[3] + b[3], a[4] + b[4]];
}

/** Negative when a is worth less than b. Integers only, so equal plans compare equal exactly. */
export function compare(a: PlanWeight, b: PlanWeight): number {
  for (let i = 0; i < 5; i += 1) if (a[i] !== b[i]) return a[i]! - b[i]!;
  return 0;
}

export type Tier = 'pinned' | 'going' | 'maybe' | 'fill';

/** A starred session's weight; a recording makes it the one to drop when two tie (it can be watched later). */
export function starWeight(tier: Exclude<Tier, 'fill'>, hasRecording: boolean): PlanWeight {
  const noRecording = hasRecording ? 0 : 1;
  if (tier === 'pinned') return [1, 0, 0, noRecording, 0];
  if (tier === 'going') return [0, 1, 0, noRecording, 0];
  return [0, 0, 1, noRecording, 0];
}

/** A recommended session's weight: its score in thousandths, below every starred session. */
export function fillWeight(score: number): PlanWeight {
  return [0, 0, 0, 0, Math.max(1, Math.round(score * 1000))];
}

// The sentences both shells print about imports and refreshes ("3 new, 1 changed, …"), written once.
import type { ChangeCounts } from './types';

export function plural(n: number, noun: string): string {
  return `${n} ${noun}${n === 1 ? '' : 's'}`;
}

/** "3 new, 1 changed, 0 removed, 20 unchanged", with ", 2 skipped" when rows were skipped or could be. */
export function countsSentence(counts: ChangeCounts & { skipped?: number }): string {
  const sentence = `${counts.new} new, ${counts.changed} changed, ${counts.removed} removed, ${counts.unchanged} unchanged`;
  return counts.skipped === undefined ? sentence : `${sentence}, ${counts.skipped} skipped`;
}

/** One feed's refresh as a line: what it changed, that it had not changed, or why it failed. */
export function refreshSentence(
  outcome: { location: string } & (
    { status: 'updated'; counts: ChangeCounts } | { status: 'not-modified' } | { status: 'error'; error: string }
  ),
): string {
  if (outcome.status === 'error') return `${outcome.location}: error: ${outcome.error}`;
  if (outcome.status === 'not-modified') return `${outcome.location}: unchanged since the last fetch`;
  return `${outcome.location}: ${countsSentence(outcome.counts)}`;
}

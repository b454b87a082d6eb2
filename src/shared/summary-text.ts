// The sentences both shells print about imports and refreshes ("3 new, 1 changed, …"), written once.
import type { ChangeCounts, EventNameSource, SourceRefresh, StarredEffect } from './types';

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
    | { status: 'updated'; counts: ChangeCounts }
    | { status: 'not-modified' }
    | { status: 'skipped'; error: string }
    | { status: 'error'; error: string }
    | { status: 'held'; error: string }
  ),
): string {
  if (outcome.status === 'error') return `${outcome.location}: error: ${outcome.error}`;
  if (outcome.status === 'held') return `${outcome.location}: held: ${outcome.error}`;
  if (outcome.status === 'skipped') return `${outcome.location}: skipped: ${outcome.error}`;
  if (outcome.status === 'not-modified') return `${outcome.location}: unchanged since the last fetch`;
  return `${outcome.location}: ${countsSentence(outcome.counts)}`;
}

/** "2026-03-24 15:15" from a stored ISO time (already in the event's zone); anything else as it is. */
function when(value: string | null): string {
  if (!value) return 'no time';
  return /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/.test(value) ? value.slice(0, 16).replace('T', ' ') : value;
}

/** One effect on a starred session, as a phrase: "moved from 2026-03-24 15:15 to 17:15", "cancelled". */
export function effectPhrase(e: StarredEffect['effects'][number]): string {
  switch (e.effect) {
    case 'removed':
      return 'removed from the schedule';
    case 'cancelled':
      return 'cancelled';
    case 'became-break':
      return `now listed as ${e.newValue === 'break' ? 'a break' : 'logistics, not a session'}`;
    case 'renamed':
      return `renamed to "${e.newValue ?? ''}"`;
    case 'moved':
      if (e.change === 'room') return `moved from room ${e.oldValue ?? 'not given'} to ${e.newValue ?? 'no room'}`;
      if (e.change === 'day') return `moved from ${e.oldValue ?? 'no day'} to ${e.newValue ?? 'no day'}`;
      return `moved from ${when(e.oldValue)} to ${when(e.newValue)}`;
  }
}

/** A starred session and everything an import does to it: `★ "Title": moved from … to …; renamed to "…"`. */
export function starredEffectLine(entry: StarredEffect): string {
  return `${entry.agenda === 'maybe' ? '☆' : '★'} "${entry.title}": ${entry.effects.map(effectPhrase).join('; ')}`;
}

/** One source's refresh as a line, with the starred sessions it touched on the lines after it. */
export function sourceRefreshLines(outcome: SourceRefresh): string[] {
  const head =
    outcome.status === 'updated'
      ? `${outcome.location}: ${countsSentence(outcome.counts ?? { new: 0, changed: 0, removed: 0, unchanged: 0 })}`
      : outcome.status === 'not-modified'
        ? `${outcome.location}: unchanged since the last fetch`
        : `${outcome.location}: ${outcome.status === 'error' ? 'error' : outcome.status}: ${outcome.message ?? ''}`;
  return [head, ...outcome.starred.map((s) => `  ${starredEffectLine(s)}`)];
}

/** Where an import's event name came from, as the preview says it ("taken from the file name"…); null when unknown. */
export function eventOriginPhrase(from: EventNameSource | null | undefined): string | null {
  switch (from) {
    case 'file':
      return 'named in the file';
    case 'file-name':
      return 'taken from the file name: the file does not name its event';
    case 'option':
      return 'as you set it';
    default:
      return null;
  }
}

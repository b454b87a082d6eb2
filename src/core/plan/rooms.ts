// Which hall or building a room is in, read from its name, and the minutes it takes to walk between two rooms.

/** Minutes between rooms of different halls when the user has not said otherwise. */
export const DEFAULT_HALL_MINUTES = 5;

/**
 * "Hall 8 | Room F" → "Hall 8"; "E106-108" and "E103-105" → "E" (a wing of numbered rooms);
 * "Leonardo Royal Hotel Amsterdam" → itself (a venue of its own). Case and spacing do not matter.
 */
export function hallOf(room: string | null): string | null {
  if (!room) return null;
  const first = room.split('|')[0]!.trim().replace(/\s+/g, ' ');
  if (first === '') return null;
  const hall = /^(hall|halle|building|pavilion|level)\s+\S+/i.exec(first);
  if (hall) return hall[0].toLowerCase();
  const wing = /^([a-z])\s?\d{2,}/i.exec(first);
  if (wing) return `wing ${wing[1]!.toLowerCase()}`;
  return first.toLowerCase();
}

/** Minutes to walk from room `from` to room `to`: none within a hall, none when a room is unknown. */
export function walkMinutes(from: string | null, to: string | null, hallMinutes: number): number {
  if (from === null || to === null || from === to) return 0;
  const a = hallOf(from);
  const b = hallOf(to);
  return a === null || b === null || a === b ? 0 : hallMinutes;
}

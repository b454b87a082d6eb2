// A track's colour: one of a fixed palette picked by the track name's hash, so a track keeps its
// colour across days, filters and restarts (the palette lives in timetable.css, light and dark).

export const TRACK_PALETTE_SIZE = 12;

/** 0…TRACK_PALETTE_SIZE-1 for a track, or null for sessions without one (drawn neutral). */
export function trackColour(track: string | null): number | null {
  if (!track) return null;
  // FNV-1a over the UTF-16 code units: cheap and well spread for short names.
  let hash = 0x811c9dc5;
  for (let i = 0; i < track.length; i += 1) {
    hash ^= track.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash % TRACK_PALETTE_SIZE;
}

// What a grid cell calls its session: the title without a leading room name. Sched titles many
// venue-stage sessions "Cloud Native Theater | …" or "Learning Lounge: …", and in a column already
// headed by that room the prefix would fill the cell's one or two lines before the real title.

const SEPARATOR = /^\s*(?:\||:|-|–|—)\s+/;

/** `title` without a leading name of `room` (the whole room or one of its " | " parts). */
export function titleInRoom(title: string, room: string | null): string {
  if (!room) return title;
  const names = [room, ...room.split('|')]
    .map((name) => name.trim())
    .filter((name) => name.length >= 3)
    .sort((a, b) => b.length - a.length);
  const lower = title.toLowerCase();
  for (const name of names) {
    if (!lower.startsWith(name.toLowerCase())) continue;
    const rest = title.slice(name.length);
    const separator = SEPARATOR.exec(rest);
    if (!separator) continue;
    const stripped = rest.slice(separator[0].length).trim();
    // A title that is only the room ("Solutions Showcase") stays as it is.
    if (stripped !== '') return stripped;
  }
  return title;
}

// Reads the date and time spellings spreadsheets use (ISO, US 5/3/2019 2:00 PM, European 3.5.2019 14:00).
const ISO = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ](\d{1,2}):(\d{2})(?::(\d{2}))?(?:\.\d+)?)?\s*(Z|[+-]\d{2}:?\d{2})?$/i;
const US = /^(\d{1,2})\/(\d{1,2})\/(\d{2,4})(?:[ T,]+(\d{1,2}):(\d{2})(?::(\d{2}))?\s*([AaPp][Mm])?)?$/;
const EU = /^(\d{1,2})\.(\d{1,2})\.(\d{2,4})(?:[ T,]+(\d{1,2}):(\d{2})(?::(\d{2}))?)?$/;
const TIME = /^(\d{1,2})(?::(\d{2}))?(?::(\d{2}))?\s*([AaPp]\.?[Mm]\.?)?$/;

const pad = (n: number) => String(n).padStart(2, '0');

function hour12(h: number, ampm: string | undefined): number {
  if (!ampm) return h;
  const pm = ampm.toLowerCase().startsWith('p');
  return (h % 12) + (pm ? 12 : 0);
}

/** A local `YYYY-MM-DD`, `YYYY-MM-DDTHH:mm:ss` or an ISO instant with offset; null when unreadable. */
export function readDateTime(value: string): string | null {
  const text = value.trim();
  let m = ISO.exec(text);
  if (m) {
    const date = `${m[1]}-${pad(Number(m[2]))}-${pad(Number(m[3]))}`;
    if (m[4] === undefined) return date;
    return `${date}T${pad(Number(m[4]))}:${m[5]}:${m[6] ?? '00'}${m[7] ?? ''}`;
  }
  m = US.exec(text) ?? null;
  const eu = m ? null : EU.exec(text);
  const parts = m ?? eu;
  if (!parts) return null;
  const [a, b, y] = [Number(parts[1]), Number(parts[2]), Number(parts[3])];
  const year = y < 100 ? 2000 + y : y;
  const [month, day] = m ? [a, b] : [b, a];
  if (month > 12 || day > 31) return null;
  const date = `${year}-${pad(month)}-${pad(day)}`;
  if (parts[4] === undefined) return date;
  const hour = hour12(Number(parts[4]), m ? parts[7] : undefined);
  return `${date}T${pad(hour)}:${parts[5]}:${parts[6] ?? '00'}`;
}

/** A time of day (`14:00`, `2:00 PM`) as `HH:mm:ss`, or null. */
export function readTimeOfDay(value: string): string | null {
  const m = TIME.exec(value.trim());
  if (!m) return null;
  const hour = hour12(Number(m[1]), m[4]);
  if (hour > 24 || Number(m[2] ?? 0) > 59) return null;
  return `${pad(hour)}:${m[2] ?? '00'}:${m[3] ?? '00'}`;
}

/** Combines a start/end cell with an optional date cell into a local date-time (or an instant). */
export function combineDateTime(cell: string | undefined, dateCell: string | undefined): string | null {
  const value = cell?.trim() ?? '';
  if (value) {
    const full = readDateTime(value);
    if (full && full.length > 10) return full;
    const time = readTimeOfDay(value);
    const date = dateCell ? readDateTime(dateCell) : full;
    if (time && date) return `${date.slice(0, 10)}T${time}`;
    return null;
  }
  return null;
}

const CLOCK = String.raw`\d{1,2}(?::\d{2}){1,2}\s*(?:[AaPp]\.?[Mm]\.?)?|\d{1,2}\s*[AaPp]\.?[Mm]\.?`;
const RANGE = new RegExp(String.raw`^(.*?)(${CLOCK})\s*(?:-|–|—|to|until)\s*(${CLOCK})$`);

/**
 * A cell holding a start and an end, as printed programmes write them: `8:00-8:50`, `2019-05-03
 * 2:00 PM – 3:30 PM`. Each side gets the cell's date part, if any. Null for anything else (an ISO
 * date's dashes are not a range: each side needs a colon or am/pm).
 */
export function splitTimeRange(cell: string | undefined): { start: string; end: string } | null {
  const m = RANGE.exec(cell?.trim() ?? '');
  if (!m) return null;
  const day = m[1]!.trim();
  return { start: `${day} ${m[2]!}`.trim(), end: `${day} ${m[3]!}`.trim() };
}

/** Whether a cell reads as a date, time or time range: a first row with one is data, not a header. */
export function looksLikeTime(cell: string): boolean {
  const value = cell.trim();
  if (value === '') return false;
  return (
    readDateTime(value) !== null ||
    splitTimeRange(value) !== null ||
    (value.includes(':') && readTimeOfDay(value) !== null)
  );
}

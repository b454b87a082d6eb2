// A session written as a list of labelled lines, one field a line:
//   - Title: **[Unlocking Scalability …](https://sched.co/1eYYs)**     (or "**URL**: https://…sched.com/…")
//   - Speakers: … / - **Track**: SDLC / - DateTime: Thursday August 22, 2024 11:50 - 12:25 HKT / - Venue: …
// The link's own line is one field; the others are its siblings in the same list.
import type { Element } from 'domhandler';
import type { SpeakerRef } from '../../shared/types';
import { isElement, textOf } from './dom-text';
import { trackName } from './headings';
import { parseSpeakerList } from './speakers';
import { readDay, readTimes, type DayInfo, type TimeRange } from './when';

export interface FieldList {
  title: string | null;
  speakers: SpeakerRef[] | null;
  /** undefined when no line names a track. */
  track: string | null | undefined;
  day: DayInfo | null;
  times: TimeRange | null;
  room: string | null;
}

const LABEL =
  /^(title|talk|session|url|link|sched|schedule|speakers?|presenters?|track|date ?time|date|time|when|venue|room|location|where)\s*:\s*(.*)$/is;
const LINK_LABEL = /^(?:title|talk|session|url|link|sched|schedule)$/i;

function hasDay(day: DayInfo): boolean {
  return day.date !== null || day.weekday !== null || day.dayNumber !== null;
}

/** The fields of the list the link's line belongs to, or null when the line is not "Label: <link>". */
export function readFieldList(block: Element, year: number | null): FieldList | null {
  const list = block.parent;
  if (block.name !== 'li' || !isElement(list) || (list.name !== 'ul' && list.name !== 'ol')) return null;
  const own = LABEL.exec(textOf(block));
  if (!own || !LINK_LABEL.test(own[1]!)) return null;
  const out: FieldList = { title: null, speakers: null, track: undefined, day: null, times: null, room: null };
  let fields = 0;
  for (const item of list.children) {
    if (!isElement(item) || item.name !== 'li' || item === block) continue;
    const field = LABEL.exec(textOf(item));
    if (!field) continue;
    const label = field[1]!.toLowerCase();
    const value = field[2]!.trim();
    if (!value) continue;
    fields += 1;
    if (LINK_LABEL.test(label)) out.title ??= /^https?:\/\//.test(value) ? null : value;
    else if (label.startsWith('speaker') || label.startsWith('presenter')) out.speakers ??= parseSpeakerList(value);
    else if (label === 'track') out.track = trackName(value, true);
    else if (label === 'venue' || label === 'room' || label === 'location' || label === 'where') out.room ??= value;
    else {
      const day = readDay(value, year);
      if (hasDay(day)) out.day ??= day;
      out.times ??= readTimes(value);
    }
  }
  return fields > 0 ? out : null;
}

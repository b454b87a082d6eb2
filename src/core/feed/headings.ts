// What a heading above a session says about it: a day ("Day 1 - March 20", "Tuesday: Co-located
// Events"), a kind ("Panel Discussions"), or a track / co-located event ("Platform Engineering Day").
import type { SessionKind } from '../../shared/types';
import { cleanText } from '../text/normalize';
import { kindFromWords } from './kinds';
import { readDay, type DayInfo } from './when';

export interface HeadingContext {
  level: number;
  day: DayInfo | null;
  kind: SessionKind | null;
  /** A track name, null for "the main conference" (clears a track above), undefined for no opinion. */
  track: string | null | undefined;
  /** The heading announces sessions or their recordings ("Talks", "Recordings", "Watch the sessions"). */
  sessions: boolean;
}

const SESSION_WORDS =
  /\b(?:talks?|sessions?|recordings?|videos?|keynotes?|panels?|presentations?|agenda|schedule|lightning)\b/i;

const TRACK_ENDING = /(?:\bDays?|Con|\bSummit|\bCommons|\bForum|\bRejekts|\bHub|\bTrack|\bMini[- ]Summit)$/;
// Co-located events whose names do not end like one: only in "AI_dev talks" does a post name such an
// event as a section. Names ending like one ("Open Source Summit", "OpenSSF Day") need no entry; add a
// name here only when a post names that event alone as its section.
const CO_LOCATED = /^AI_dev$/i;
const MAIN_CONFERENCE = /\b(?:kube\s*con|cloud\s*native\s*con)\b/i;

/**
 * The track or co-located event a heading or label names ("GitOpsCon", "Prometheus Days"), null for
 * the main conference, undefined when it names none; `labelled` for a name after "Track:".
 */
export function trackName(text: string, labelled = false): string | null | undefined {
  if (MAIN_CONFERENCE.test(text)) return null;
  const name = text.replace(/\s+(?:(?:EU|NA|Europe|North America)\s*)?20\d\d$/, '').replace(/[:\s]+$/, '');
  const words = name.split(/\s+/);
  if (words.length > 6 || !/^[\p{Lu}\d]/u.test(name)) return undefined;
  if (labelled) return name;
  // "Maintainer sessions", "Contributor talks": the maintainer track, named as the post names it.
  if (/^(?:project\s+)?(?:maintainers?|contributors?)\s+(?:sessions|talks|track)$/i.test(name)) return name;
  // "Day 1 Summit", "Co-located Events Day": a day of the conference, or co-located events with none named.
  if (/^day\s*\d/i.test(name) || /co-located/i.test(name)) return undefined;
  // "AI_dev talks", "Observability Day sessions": a co-located event's own section.
  const event = name.replace(/\s+(?:talks|sessions|presentations)$/i, '');
  if (event !== name && (TRACK_ENDING.test(event) || CO_LOCATED.test(event))) return event;
  return TRACK_ENDING.test(name) ? name : undefined;
}

/** A label link naming a track ("Harbor Maintainers track") gives the session that track. */
export function labelTrack(labels: string[]): string | null {
  for (const label of labels) {
    const m = /\b((?:maintainers?|contributors?|project|community|lightning talks?)\s+track)\s*$/i.exec(label.trim());
    if (m) return m[1]!.charAt(0).toUpperCase() + m[1]!.slice(1);
  }
  return null;
}

/** "Tuesday 17 May - GitOpsCon", "Tuesday, October 25 (GitOpsCon)": the part that is not the day names the track. */
function trackBesideDay(text: string, year: number | null): string | null | undefined {
  const parts = [...text.matchAll(/\(([^)]+)\)/g)].map((m) => m[1]!);
  parts.push(...text.replace(/\([^)]*\)/g, ' ').split(/\s+[-–—|:]\s+|:\s+/));
  let found: string | null | undefined;
  for (const part of parts) {
    const day = readDay(part, year);
    if (day.date !== null || day.weekday !== null || day.dayNumber !== null) continue;
    const track = trackName(part.trim());
    if (track) return track;
    if (track === null) found = null;
  }
  return found;
}

export function readHeading(text: string, level: number, year: number | null): HeadingContext {
  const clean = cleanText(text) ?? '';
  const day = readDay(clean, year);
  const hasDay = day.date !== null || day.weekday !== null || day.dayNumber !== null;
  return {
    level,
    day: hasDay ? day : null,
    kind: kindFromWords(clean),
    track: hasDay ? trackBesideDay(clean, year) : trackName(clean),
    sessions: SESSION_WORDS.test(clean),
  };
}

/** The stack of headings in force: a heading replaces those at its level and below. */
export class HeadingStack {
  private stack: HeadingContext[] = [];

  push(context: HeadingContext): void {
    this.stack = this.stack.filter((h) => h.level < context.level);
    this.stack.push(context);
  }

  get day(): DayInfo | null {
    for (let i = this.stack.length - 1; i >= 0; i -= 1) if (this.stack[i]!.day) return this.stack[i]!.day;
    return null;
  }

  get kind(): SessionKind | null {
    for (let i = this.stack.length - 1; i >= 0; i -= 1) if (this.stack[i]!.kind) return this.stack[i]!.kind;
    return null;
  }

  get announcesSessions(): boolean {
    return this.stack.some((h) => h.sessions || h.kind !== null);
  }

  get track(): string | null {
    for (let i = this.stack.length - 1; i >= 0; i -= 1) {
      const track = this.stack[i]!.track;
      if (track !== undefined) return track;
    }
    return null;
  }
}

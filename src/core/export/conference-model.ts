// The frab conference model both schedule writers share: conference, days with rooms, events with guids.
import { createHash } from 'node:crypto';
import type { SkippedCounts } from '../../shared/export-types';
import type { SessionRecord, SessionView } from '../../shared/types';
import { parseSchedLink } from '../feed/sched-ids';
import { inZoneAt, instantMs, isValidTimeZone } from '../time/zoned';
import {
  conferenceAcronym,
  eventNumbers,
  eventSlug,
  personGuid,
  roomGuid,
  sessionGuid,
  trackSlug,
} from './identifiers';
import { exportLinks, type ExportLink } from './session-links';

/** What the writers read: a stored session (with its status) or a record as a source stated it. */
export type ExportSession = SessionRecord & Partial<Pick<SessionView, 'status'>>;

export interface FrabPerson {
  name: string;
  guid: string;
}

export interface FrabEvent {
  guid: string;
  id: number;
  /** Start, ISO 8601 with the conference zone's offset. */
  date: string;
  /** HH:MM in the conference zone. */
  start: string;
  /** HH:MM. */
  duration: string;
  room: string;
  slug: string;
  /** The session's http(s) page (its Sched page), if it has one. */
  url: string | null;
  title: string;
  track: string | null;
  /** Our session kind (talk, keynote, lightning, workshop…). */
  type: string;
  abstract: string | null;
  persons: FrabPerson[];
  links: ExportLink[];
}

export interface FrabRoom {
  name: string;
  guid: string;
  events: FrabEvent[];
}

export interface FrabDay {
  /** 1-based, as frab numbers days. */
  index: number;
  date: string;
  /** First start and last end of the day's events, with offsets. */
  start: string;
  end: string;
  rooms: FrabRoom[];
}

export interface Conference {
  title: string;
  acronym: string;
  /** First and last day, YYYY-MM-DD. */
  start: string;
  end: string;
  timeZone: string;
  /** The coarsest grid (HH:MM) every start and duration sits on. */
  timeslotDuration: string;
  /** The event's Sched site, when every session is on one. */
  url: string | null;
  /** Changes exactly when the schedule does, so apps can tell a new version. */
  version: string;
  rooms: { name: string; guid: string }[];
  tracks: { name: string; slug: string }[];
  days: FrabDay[];
}

export interface BuiltConference extends SkippedCounts {
  conference: Conference;
  eventCount: number;
}

export interface ConferenceOptions {
  title: string;
  acronym: string;
  /** Other URLs per session key (every source's link for it), listed after the session's own. */
  links?: ReadonlyMap<string, readonly string[]>;
}

/** frab's duration is HH:MM with at most two digits of hours in the XML schema. */
const MAX_MINUTES = 99 * 60 + 59;
/** A start without an end is shown as a half-hour slot, as in the .ics export. */
const DEFAULT_MINUTES = 30;

const naturalOrder = new Intl.Collator('en', { numeric: true, sensitivity: 'base' });

/** The session key (the stable one stars and notes hang on), which every guid and id is derived from. */
export const keyOf = (session: ExportSession): string => session.sessionKey;

function most<T>(values: T[]): T | null {
  const counts = new Map<T, number>();
  let best: T | null = null;
  for (const value of values) {
    const n = (counts.get(value) ?? 0) + 1;
    counts.set(value, n);
    if (best === null || n > counts.get(best)!) best = value;
  }
  return best;
}

/** The Sched subdomain every session's page is on (`kccnceu2026`), or null. */
export function commonSchedSite(sessions: readonly ExportSession[]): string | null {
  const sites = new Set(sessions.map((s) => (s.url ? (parseSchedLink(s.url)?.subdomain ?? null) : null)));
  const [only] = sites;
  return sites.size === 1 && only ? only : null;
}

/**
 * Title and acronym of an export. One event keeps its name, so the sessions read back under it; a part
 * of an event (a track, the agenda) gets its own acronym, so importing two parts elsewhere keeps both.
 */
export function conferenceNaming(
  sessions: readonly ExportSession[],
  selectionName: string,
  wholeEvent: boolean,
): { title: string; acronym: string } {
  const events = new Set(sessions.map((s) => s.event));
  const [event] = events;
  const title = events.size === 1 && event ? event : selectionName;
  const base = commonSchedSite(sessions) ?? title;
  return { title, acronym: conferenceAcronym(base, wholeEvent ? null : selectionName) };
}

function conferenceZone(sessions: readonly ExportSession[]): string {
  const zone = most(sessions.map((s) => s.timeZone).filter((z): z is string => !!z && isValidTimeZone(z)));
  return zone ?? 'UTC';
}

function hhmm(minutes: number): string {
  return `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
}

function timeslot(events: { startMinute: number; minutes: number }[]): string {
  const grid = [30, 15, 10, 5].find((step) =>
    events.every((e) => e.startMinute % step === 0 && e.minutes % step === 0),
  );
  return hhmm(grid ?? 5);
}

interface Timed {
  session: ExportSession;
  startMs: number;
  endMs: number;
  minutes: number;
}

function timedSessions(sessions: readonly ExportSession[], skipped: SkippedCounts): Timed[] {
  const timed: Timed[] = [];
  for (const session of sessions) {
    const startMs = session.start ? instantMs(session.start) : Number.NaN;
    if (session.status === 'removed') skipped.skippedRemoved++;
    else if (session.date === null && Number.isNaN(startMs)) skipped.skippedNoDay++;
    else if (Number.isNaN(startMs)) skipped.skippedNoTime++;
    else {
      const endMs = session.end ? instantMs(session.end) : Number.NaN;
      const minutes = Number.isNaN(endMs) || endMs < startMs ? DEFAULT_MINUTES : Math.round((endMs - startMs) / 60_000);
      if (minutes > MAX_MINUTES) skipped.skippedTooLong++;
      else timed.push({ session, startMs, endMs: startMs + minutes * 60_000, minutes });
    }
  }
  return timed.sort((a, b) => a.startMs - b.startMs || a.session.title.localeCompare(b.session.title));
}

function toEvent(t: Timed, zone: string, acronym: string, id: number, links: readonly string[]): FrabEvent {
  const { session } = t;
  const date = inZoneAt(t.startMs, zone);
  return {
    guid: sessionGuid(keyOf(session)),
    id,
    date,
    start: date.slice(11, 16),
    duration: hhmm(t.minutes),
    room: session.room ?? '',
    slug: eventSlug(acronym, id, session.title),
    url: session.url && /^https?:\/\//i.test(session.url) ? session.url : null,
    title: session.title,
    track: session.track,
    type: session.kind,
    abstract: session.abstract,
    persons: session.speakers.map((p) => ({ name: p.name, guid: personGuid(p.name) })),
    links: exportLinks([session.url, ...links]),
  };
}

function buildDays(timed: Timed[], zone: string, acronym: string, options: ConferenceOptions): FrabDay[] {
  const numbers = eventNumbers(timed.map((t) => keyOf(t.session)));
  const days = new Map<string, { timed: Timed[]; rooms: Map<string, FrabEvent[]> }>();
  for (const t of timed) {
    const key = keyOf(t.session);
    const event = toEvent(t, zone, acronym, numbers.get(key)!, options.links?.get(key) ?? []);
    const date = event.date.slice(0, 10);
    let day = days.get(date);
    if (!day) days.set(date, (day = { timed: [], rooms: new Map() }));
    day.timed.push(t);
    const room = day.rooms.get(event.room);
    if (room) room.push(event);
    else day.rooms.set(event.room, [event]);
  }
  return [...days.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([date, day], i) => ({
      index: i + 1,
      date,
      // Sorted by start, so the first starts first; the last to end can be any.
      start: inZoneAt(day.timed[0]!.startMs, zone),
      end: inZoneAt(
        day.timed.reduce((last, t) => Math.max(last, t.endMs), 0),
        zone,
      ),
      rooms: [...day.rooms.entries()]
        .sort(([a], [b]) => naturalOrder.compare(a, b))
        .map(([name, events]) => ({ name, guid: roomGuid(name), events })),
    }));
}

/** Builds the conference of the sessions that have a time; the others are counted by reason. */
export function buildConference(sessions: readonly ExportSession[], options: ConferenceOptions): BuiltConference {
  const skipped: SkippedCounts = { skippedNoDay: 0, skippedNoTime: 0, skippedRemoved: 0, skippedTooLong: 0 };
  const timed = timedSessions(sessions, skipped);
  const zone = conferenceZone(timed.map((t) => t.session));
  const days = buildDays(timed, zone, options.acronym, options);
  const events = days.flatMap((d) => d.rooms.flatMap((r) => r.events));
  const roomNames = [...new Set(events.map((e) => e.room))].sort((a, b) => naturalOrder.compare(a, b));
  const trackNames = [...new Set(events.map((e) => e.track).filter((t): t is string => !!t))].sort((a, b) =>
    naturalOrder.compare(a, b),
  );
  const site = commonSchedSite(timed.map((t) => t.session));
  const conference: Conference = {
    title: options.title,
    acronym: options.acronym,
    start: days[0]?.date ?? '',
    end: days.at(-1)?.date ?? '',
    timeZone: zone,
    timeslotDuration: timeslot(
      timed.map((t) => ({ startMinute: Number(inZoneAt(t.startMs, zone).slice(14, 16)), minutes: t.minutes })),
    ),
    url: site ? `https://${site}.sched.com/` : null,
    version: createHash('sha1')
      .update(JSON.stringify([options.title, days]))
      .digest('hex')
      .slice(0, 12),
    rooms: roomNames.map((name) => ({ name, guid: roomGuid(name) })),
    tracks: trackNames.map((name) => ({ name, slug: trackSlug(name) })),
    days,
  };
  return { conference, eventCount: events.length, ...skipped };
}

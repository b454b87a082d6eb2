// Reads an .ics file back as agenda stars: each valid VEVENT matched to a stored session by our UID,
// then URL, then title; problems (no UID, broken dates, not iCalendar) come back with their line.
import ICAL from 'ical.js';
import type { IcsImportPreview, IcsMatch, IcsProblem } from '../../shared/agenda-types';
import type { AgendaStatus, SessionView } from '../../shared/types';
import { parseSchedLink } from '../feed/sched-ids';
import { matchKey } from '../text/normalize';
import { contentValue, propertyName, scanCalendar, type ScannedEvent } from './scan-lines';
import { keyFromUid } from './session-uid';
import { errorMessage } from '../../shared/errors';

const DATE_VALUE = /^\d{8}(T\d{6}Z?)?$/;

interface ReadEvent {
  line: number;
  uid: string;
  title: string;
  url: string | null;
  start: number | null;
  status: AgendaStatus;
  note: string | null;
}

function normalizeUrl(url: string): string {
  return url
    .trim()
    .replace(/^http:/i, 'https:')
    .replace(/\/+$/, '')
    .toLowerCase();
}

function lineOf(event: ScannedEvent, name: string): number {
  return event.lines.find((l) => propertyName(l.text) === name)?.line ?? event.line;
}

/** Checks the raw DTSTART/DTEND values first: ical.js accepts broken ones and only fails on use. */
function dateProblem(event: ScannedEvent): IcsProblem | null {
  for (const entry of event.lines) {
    const name = propertyName(entry.text);
    if (name !== 'DTSTART' && name !== 'DTEND') continue;
    const value = contentValue(entry.text).trim();
    if (!DATE_VALUE.test(value))
      return { line: entry.line, message: `${name} "${value}" is not an iCalendar date or date-time` };
  }
  return null;
}

function readEvent(event: ScannedEvent): ReadEvent | IcsProblem {
  const broken = dateProblem(event);
  if (broken) return broken;
  let component: ICAL.Component;
  try {
    const text = ['BEGIN:VCALENDAR', ...event.lines.map((l) => l.text), 'END:VEVENT', 'END:VCALENDAR'].join('\r\n');
    component = new ICAL.Component(ICAL.parse(text)).getFirstSubcomponent('vevent')!;
  } catch (error) {
    return { line: event.line, message: `unreadable event: ${errorMessage(error)}` };
  }
  const title = String(component.getFirstPropertyValue('summary') ?? '').trim();
  const uid = String(component.getFirstPropertyValue('uid') ?? '').trim();
  if (!uid) return { line: event.line, message: `event${title ? ` "${title}"` : ''} has no UID` };
  if (!component.hasProperty('dtstart')) return { line: event.line, message: `event "${title || uid}" has no DTSTART` };
  let start: number;
  try {
    start = (component.getFirstPropertyValue('dtstart') as ICAL.Time).toJSDate().getTime();
    if (Number.isNaN(start)) throw new Error('invalid date');
  } catch {
    return { line: lineOf(event, 'DTSTART'), message: `event "${title || uid}" has a broken DTSTART` };
  }
  const level = String(component.getFirstPropertyValue('x-kubeplan-agenda') ?? '').toLowerCase();
  const statusProp = String(component.getFirstPropertyValue('status') ?? '').toUpperCase();
  const status: AgendaStatus =
    level === 'maybe' || level === 'going' ? level : statusProp === 'TENTATIVE' ? 'maybe' : 'going';
  const note = component.getFirstPropertyValue('x-kubeplan-note');
  const url = component.getFirstPropertyValue('url');
  const dtstart = component.getFirstPropertyValue('dtstart') as ICAL.Time;
  return {
    line: event.line,
    uid,
    title,
    url: url ? String(url) : null,
    // An all-day event says nothing about the time; only the title decides.
    start: dtstart.isDate ? null : start,
    status,
    note: note ? String(note) : null,
  };
}

function isProblem(value: ReadEvent | IcsProblem): value is IcsProblem {
  return 'message' in value;
}

export function createSessionFinder(sessions: SessionView[]) {
  const byKey = new Map(sessions.map((s) => [s.sessionKey, s]));
  const byUrl = new Map<string, SessionView>();
  const byTitle = new Map<string, SessionView[]>();
  const bySchedUrlId = new Map<string, SessionView>();
  for (const session of sessions) {
    if (session.url) byUrl.set(normalizeUrl(session.url), session);
    const sched = session.url ? parseSchedLink(session.url) : null;
    if (sched) bySchedUrlId.set(sched.id, session);
    const key = matchKey(session.title);
    byTitle.set(key, [...(byTitle.get(key) ?? []), session]);
  }
  return (
    event: Pick<ReadEvent, 'uid' | 'url' | 'title' | 'start'>,
  ): { session: SessionView; by: IcsMatch['matchedBy'] } | null => {
    const key = keyFromUid(event.uid);
    const own = key ? byKey.get(key) : undefined;
    if (own) return { session: own, by: 'uid' };
    // Sched's own UIDs are the id in its event URLs; other programs keep a session's URL.
    const sameUrl = event.url ? byUrl.get(normalizeUrl(event.url)) : undefined;
    if (sameUrl) return { session: sameUrl, by: 'url' };
    // A sched link with or without its slug (…/event/1YFfY/some-title) names the session by its id.
    const sched = event.url ? parseSchedLink(event.url) : null;
    const bySchedId = sched ? (byKey.get(sched.id) ?? bySchedUrlId.get(sched.id)) : undefined;
    if (bySchedId) return { session: bySchedId, by: 'url' };
    const candidates = byTitle.get(matchKey(event.title)) ?? [];
    // Several sessions may share a title (a talk repeated): the start time tells them apart.
    const timed = event.start === null ? [] : candidates.filter((s) => s.start && Date.parse(s.start) === event.start);
    const pick = timed.length === 1 ? timed[0] : candidates.length === 1 ? candidates[0] : undefined;
    return pick ? { session: pick, by: 'title' } : null;
  };
}

export function readAgendaIcs(text: string, sessions: SessionView[]): IcsImportPreview {
  const scan = scanCalendar(text);
  if (scan.fatal) return { matches: [], unmatched: [], problems: [scan.fatal], eventCount: 0 };
  const find = createSessionFinder(sessions);
  const preview: IcsImportPreview = { matches: [], unmatched: [], problems: [], eventCount: scan.events.length };
  const seen = new Set<string>();
  for (const scanned of scan.events) {
    const read = readEvent(scanned);
    if (isProblem(read)) {
      preview.problems.push(read);
      continue;
    }
    const found = find(read);
    if (!found) {
      preview.unmatched.push({ line: read.line, title: read.title || read.uid });
      continue;
    }
    if (seen.has(found.session.sessionKey)) continue;
    seen.add(found.session.sessionKey);
    preview.matches.push({
      line: read.line,
      sessionKey: found.session.sessionKey,
      title: found.session.title,
      status: read.status,
      note: read.note,
      matchedBy: found.by,
    });
  }
  if (scan.events.length === 0) preview.problems.push({ line: null, message: 'the calendar holds no events' });
  return preview;
}

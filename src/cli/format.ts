// How the CLI prints sessions in its tables: the time column, the speakers, one line per session.
import type { SessionRecord } from '../shared/types';

/** "2026-03-24 10:15" in the event's zone, the day alone when the time is not known, else "unscheduled". */
export function whenColumn(session: Pick<SessionRecord, 'start' | 'date'>): string {
  return session.start ? session.start.slice(0, 16).replace('T', ' ') : (session.date ?? 'unscheduled');
}

/** "10:15" in the event's zone, or blanks of the same width when the time is not known. */
export function timeColumn(session: Pick<SessionRecord, 'start'>): string {
  return session.start ? session.start.slice(11, 16) : '     ';
}

export function speakerNames(session: Pick<SessionRecord, 'speakers'>, withAffiliation = false): string {
  return session.speakers
    .map((p) => (withAffiliation && p.affiliation ? `${p.name} (${p.affiliation})` : p.name))
    .join(', ');
}

/** `KEY  WHEN  Title — Speakers`: a session in `list` and `search`. */
export function sessionLine(session: SessionRecord): string {
  const who = speakerNames(session);
  return `${session.sessionKey.padEnd(8)} ${whenColumn(session).padEnd(16)} ${session.title}${who ? ` — ${who}` : ''}\n`;
}

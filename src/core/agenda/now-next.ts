// What is on now and what comes next, among starred sessions and across the whole catalogue.
import type { NowNext } from '../../shared/agenda-types';
import type { SessionView } from '../../shared/types';
import { spanOf } from './session-times';

function split(sessions: SessionView[], at: number, limit: number): { now: SessionView[]; next: SessionView[] } {
  const timed = sessions.flatMap((session) => {
    const span = spanOf(session);
    return span && session.status === 'active' ? [{ session, span }] : [];
  });
  const now = timed.filter((t) => t.span.start <= at && at < t.span.end).sort((a, b) => a.span.end - b.span.end);
  const upcoming = timed.filter((t) => t.span.start > at).sort((a, b) => a.span.start - b.span.start);
  // "Next" is every session in the next starting slot, so parallel tracks are not hidden.
  const nextStart = upcoming[0]?.span.start;
  const next = upcoming.filter((t) => t.span.start === nextStart);
  return { now: now.slice(0, limit).map((t) => t.session), next: next.slice(0, limit).map((t) => t.session) };
}

export function nowNext(sessions: SessionView[], now: Date, limit = 20): NowNext {
  const at = now.getTime();
  const starred = split(
    sessions.filter((s) => s.agenda !== null),
    at,
    limit,
  );
  const event = split(sessions, at, limit);
  return {
    at: now.toISOString(),
    starredNow: starred.now,
    starredNext: starred.next,
    eventNow: event.now,
    eventNext: event.next,
  };
}

// The JSON shape of a session in every CLI command (scrape, list, search, agenda).
import type { SessionRecord, SessionView } from '../shared/types';

export type CliSession = SessionRecord & Partial<Pick<SessionView, 'status' | 'agenda' | 'note' | 'changes'>>;

export function toCliSession(session: SessionRecord | SessionView): CliSession {
  return { ...session };
}

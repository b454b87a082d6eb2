// Provenance of a session: each source's record of it and what its last import changed.
import type { ChangeKind, SessionRecord, SourceKind } from './types';

export interface SessionSource {
  sourceId: number;
  kind: SourceKind;
  location: string;
  title: string | null;
  /** When this source last listed the session (ISO 8601). */
  seenAt: string;
  /** What this source said about the session. */
  record: SessionRecord;
}

export interface SessionChange {
  change: ChangeKind;
  oldValue: string | null;
  newValue: string | null;
  /** When the import that recorded it finished (ISO 8601). */
  importedAt: string;
  /** The source whose import it was. */
  source: string;
}

export interface SessionProvenance {
  sources: SessionSource[];
  /** The changes recorded by the most recent import that touched the session. */
  lastChanges: SessionChange[];
}

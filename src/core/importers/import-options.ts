// What the user may tell an importer: format, zone, event name, CSV column mapping, and where the file is.
import type { ScheduleFormat } from '../../shared/types';

export const MAPPABLE_FIELDS = ['id', 'title', 'start', 'end', 'date', 'duration', 'room', 'track', 'kind', 'speakers', 'companies', 'abstract', 'url', 'event'] as const;
export type MappableField = (typeof MAPPABLE_FIELDS)[number];

export interface ImportOptions {
  /** Display name of the file in messages. */
  file: string;
  /** Stable identity of the source when the content does not name one (absolute path or "drop:name"). */
  location: string;
  format?: ScheduleFormat;
  /** IANA zone for wall-clock times the file does not place in a zone; also the display zone. */
  timeZone?: string;
  event?: string;
  /** CSV: field → header name, overriding the automatic mapping. */
  map?: Partial<Record<MappableField, string>>;
}

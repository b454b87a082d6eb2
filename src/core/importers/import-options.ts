// What the user may tell an importer: format, zone, event name, CSV column mapping, and where the file is.
import type { MappableField, ScheduleFormat } from '../../shared/types';

export { MAPPABLE_FIELDS, type MappableField } from '../../shared/types';

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

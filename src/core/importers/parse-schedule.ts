// Parses a schedule file of any supported format (detected or forced) into one normalized ParsedSchedule.
import { KubeplanError } from '../../shared/errors';
import type { ParsedSchedule, ScheduleFormat } from '../../shared/types';
import { parseCsv, type CsvColumns } from './csv';
import { compressionOfText } from '../text/unpack-document';
import { detectFormat } from './detect-format';
import { parseFrabJson } from './frab-json';
import { parseFrabXml } from './frab-xml';
import { parseIcal } from './ical';
import type { ImportOptions } from './import-options';
import { parseSessionize } from './sessionize';
import { ProblemLog, checkZone } from './schedule-record';

export type ParsedScheduleFile = ParsedSchedule & { columns?: CsvColumns };

export function parseSchedule(source: string, options: ImportOptions): ParsedScheduleFile {
  // Compressed bytes that reached us as text (read without unpacking): say so, never parse the garbage.
  const packed = compressionOfText(source);
  if (packed) {
    throw new KubeplanError(
      'parse-error',
      `the file is ${packed}-compressed; import the file itself (kubeplan import unpacks it from disk)`,
      options.file,
    );
  }
  const detected = options.format ?? detectFormat(source);
  if (detected === 'feed') {
    throw new KubeplanError('invalid-argument', 'this is a blog feed (RSS/Atom), not a schedule', options.file);
  }
  if (!detected && source.replace(/^\uFEFF/, '').trim() === '') {
    throw new KubeplanError('parse-error', 'the file is empty', options.file);
  }
  if (!detected) {
    // For XML, the root element is usually what tells the user which file they picked.
    const root = /^(?:\uFEFF)?\s*(?:<\?xml[^>]*>\s*)?(?:<!--[\s\S]*?-->\s*)*<([A-Za-z_][\w:.-]*)/.exec(source)?.[1];
    throw new KubeplanError(
      'parse-error',
      'unknown format: expected an RSS/Atom feed, iCalendar, Sessionize JSON, frab/pretalx JSON or XML, Pentabarf XML or CSV' +
        `${root ? ` (root element is <${root}>)` : ''} (or pass --format)`,
      options.file,
    );
  }
  // An unknown --tz is the user's mistake, not the file's: stop before parsing.
  if (options.timeZone) {
    const log = new ProblemLog();
    const zone = checkZone(options.timeZone, '--tz', log);
    if (!zone) throw new KubeplanError('invalid-argument', log.problems[0]!.message, '--tz');
    options = { ...options, timeZone: zone };
  }
  const format: ScheduleFormat = detected;
  switch (format) {
    case 'ical':
      return parseIcal(source, options);
    case 'sessionize':
      return parseSessionize(source, options);
    case 'frab-json':
      return parseFrabJson(source, options);
    case 'frab-xml':
    case 'pentabarf':
      return parseFrabXml(source, options, format);
    case 'csv':
      return parseCsv(source, options);
  }
}

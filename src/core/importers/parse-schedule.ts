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
      return nameTheEvent(parseSessionize(source, options), options);
    case 'frab-json':
      return nameTheEvent(parseFrabJson(source, options), options);
    case 'frab-xml':
    case 'pentabarf':
      return nameTheEvent(parseFrabXml(source, options, format), options);
    case 'csv':
      return parseCsv(source, options);
  }
}

/**
 * `sessionize-scottishsummit-2026-viewAll.json` → "scottishsummit 2026": the file name without the
 * words every export's name has (the tool, the view, "schedule", "export"), for a file that names no event.
 */
export function eventFromFileName(file: string): string | null {
  const stem = (file.split(/[\\/]/).pop() ?? file).replace(/\.(json|xml|ics|csv|gz|zip)$/gi, '');
  const words = stem
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .split(/[\s_.\-()[\]]+/)
    .filter(
      (w) =>
        w &&
        !/^(sessionize|pretalx|frab|pentabarf|schedule|export|view|all|sessions|grid(smart)?|api|v\d|\d{1,2})$/i.test(
          w,
        ),
    );
  return words.length > 0 ? words.join(' ') : null;
}

/** The event the user named, else the one the file names (frab's title or acronym), else the file's name. */
function nameTheEvent(parsed: ParsedSchedule, options: ImportOptions): ParsedSchedule {
  if (options.event) return { ...parsed, eventFrom: 'option' };
  if (parsed.event) return { ...parsed, eventFrom: 'file' };
  const event = eventFromFileName(options.file);
  if (!event) return { ...parsed, eventFrom: null };
  return {
    ...parsed,
    event,
    eventFrom: 'file-name',
    batch: {
      ...parsed.batch,
      source: { ...parsed.batch.source, title: parsed.batch.source.title ?? event },
      sessions: parsed.batch.sessions.map((s) => (s.event ? s : { ...s, event })),
    },
  };
}

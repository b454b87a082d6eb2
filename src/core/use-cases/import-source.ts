// Importing a file or URL, from either shell: load it, tell a feed from a schedule by its content (or
// the format the user forced), then preview it as a rolled-back dry run or import it in one transaction.
import path from 'node:path';
import { KubeplanError } from '../../shared/errors';
import type {
  DetectedFormat,
  ImportBatch,
  ImportPreview,
  ImportReport,
  ImportSummary,
  MappableField,
  SessionRecord,
  ImportProblem,
} from '../../shared/types';
import { fetchFeed, isUrl, type FetchOptions } from '../feed/fetch-feed';
import { looksLikeFeed } from '../feed/parse-feed';
import { scrapeFeed } from '../feed/scrape-feed';
import { detectFormat } from '../importers/detect-format';
import type { ImportOptions } from '../importers/import-options';
import { importParsedSchedule, summarize } from '../importers/import-schedule';
import { parseSchedule, type ParsedScheduleFile } from '../importers/parse-schedule';
import { applyImport } from '../store/apply-import';
import { sourceSessionCount } from '../store/sources';
import { readTextFile } from '../text/read-text-file';
import { backupOnce, clockOf, type UseCaseDeps } from './deps';
import { planImpact, previewImpact, refuseUnconfirmed } from './import-impact';

/** What the user may say about a file: its format, the zone of times it gives bare, its event, CSV columns. */
export interface ImportChoices {
  format?: DetectedFormat | undefined;
  timeZone?: string | undefined;
  event?: string | undefined;
  map?: Partial<Record<MappableField, string>> | undefined;
}

/**
 * A file path or http(s) URL (the CLI), or the text of a file the app was handed with its name (the
 * window never names paths: a dropped file is known by its name).
 */
export type ImportInput = ImportChoices &
  ({ location: string; maxFileBytes?: number } | { name: string; text: string } | { source: LoadedSource });

/** A document ready to import: the name messages use, the source's stable location, its text. */
export interface LoadedSource {
  name: string;
  location: string;
  text: string;
  fetchMeta?: { etag: string | null; lastModified: string | null };
}

/** The text at a path or http(s) URL; paths are made absolute so a source has one name. */
export async function loadSource(
  location: string,
  fetchOptions: FetchOptions = {},
  maxFileBytes?: number,
): Promise<LoadedSource> {
  if (isUrl(location)) {
    const fetched = await fetchFeed(location, null, fetchOptions);
    if (fetched.status !== 'ok') throw new KubeplanError('network-error', 'the server sent no document', location);
    return {
      name: location,
      location,
      text: fetched.text,
      fetchMeta: { etag: fetched.etag, lastModified: fetched.lastModified },
    };
  }
  const absolute = path.resolve(location);
  const text = maxFileBytes === undefined ? readTextFile(absolute) : readTextFile(absolute, { maxBytes: maxFileBytes });
  return { name: location, location: absolute, text };
}

async function load(deps: UseCaseDeps, input: ImportInput): Promise<LoadedSource> {
  // Already read by the caller (the CLI looks at a document before choosing how to import it).
  if ('source' in input) return input.source;
  if ('location' in input) return loadSource(input.location, deps.fetch, input.maxFileBytes);
  return { name: input.name, location: `file:${input.name}`, text: input.text };
}

/** The sessions a feed document lists; anything that is not a feed is refused with the precise reason. */
export function scrapeLoaded(source: Pick<LoadedSource, 'location' | 'text'>): {
  title: string | null;
  sessions: SessionRecord[];
  problems: ImportProblem[];
} {
  if (looksLikeFeed(source.text)) {
    const { feed, sessions, problems } = scrapeFeed(source.text, source.location);
    return { title: feed.title, sessions, problems };
  }
  // Parse anyway for the precise reason (HTML page, empty, malformed XML, another root element).
  scrapeFeed(source.text, source.location);
  throw new KubeplanError('parse-error', 'not an RSS, Atom or RDF feed', source.location);
}

/** What the parse step needs: a document (its name for messages, its location) and the user's choices. */
export interface ParseRequest extends ImportChoices {
  name: string;
  text: string;
  /** The source's stable identity; a file the app was handed is `file:<name>`. */
  location?: string;
}

/** A document read into sessions, before anything touches the database: plain data, so it crosses threads. */
export type ParsedSource =
  { kind: 'feed'; batch: ImportBatch; problems: ImportProblem[] } | { kind: 'schedule'; parsed: ParsedScheduleFile };

/**
 * The parse step of an import (pure, and the slow part for a big file): a feed by the feed scraper, a
 * schedule by its importer. The app runs it in a worker thread (`UseCaseDeps.parse`).
 */
export function parseSource(request: ParseRequest): ParsedSource {
  const source = { name: request.name, location: request.location ?? `file:${request.name}`, text: request.text };
  if ((request.format ?? detectFormat(source.text)) === 'feed') {
    const { title, sessions, problems } = scrapeLoaded(source);
    return { kind: 'feed', batch: { source: { kind: 'feed', location: source.location, title }, sessions }, problems };
  }
  return { kind: 'schedule', parsed: parseSchedule(source.text, scheduleOptions(source, request)) };
}

async function parse(deps: UseCaseDeps, source: LoadedSource, choices: ImportChoices): Promise<ParsedSource> {
  const request: ParseRequest = { ...choices, name: source.name, location: source.location, text: source.text };
  return deps.parse ? deps.parse(request) : parseSource(request);
}

/** A feed names no event or zone of its own: the first session that knows one speaks for it. */
function feedSummary(
  sessions: SessionRecord[],
  counts: ImportSummary['counts'],
  problems: ImportProblem[] = [],
): ImportSummary {
  return {
    format: 'feed',
    event: sessions.find((s) => s.event)?.event ?? null,
    timeZone: sessions.find((s) => s.timeZone)?.timeZone ?? null,
    counts,
    // A post that could not be read or an id given to two talks is listed; the other sessions import.
    problems,
  };
}

function scheduleOptions(source: Omit<LoadedSource, 'fetchMeta'>, choices: ImportChoices): ImportOptions {
  const options: ImportOptions = { file: source.name, location: source.location };
  if (choices.format && choices.format !== 'feed') options.format = choices.format;
  if (choices.timeZone) options.timeZone = choices.timeZone;
  if (choices.event) options.event = choices.event;
  if (choices.map && Object.keys(choices.map).length > 0) options.map = choices.map;
  return options;
}

/**
 * What importing would do, with exact counts (the real import, rolled back), every problem, and first
 * what it does to the user's starred sessions.
 */
export async function previewImport(deps: UseCaseDeps, input: ImportInput): Promise<ImportPreview> {
  const source = await load(deps, input);
  const parsed = await parse(deps, source, input);
  // The database is read after the parse: a backup restored meanwhile is the one the dry run reads.
  const now = clockOf(deps);
  if (parsed.kind === 'feed') {
    const { result, impact } = previewImpact(deps.db, parsed.batch, { now });
    const summary = feedSummary(parsed.batch.sessions, { ...result.counts, skipped: 0 }, parsed.problems);
    return { ...summary, ...impact, fileName: source.name, columns: null };
  }
  const { result, impact } = previewImpact(deps.db, parsed.parsed.batch, { now });
  return {
    ...summarize(parsed.parsed, result),
    ...impact,
    fileName: source.name,
    columns: parsed.parsed.columns ?? null,
  };
}

export interface ImportSourceOptions {
  /** Import the good rows of a schedule with bad ones (without it, any problem stops the import). */
  skipBad?: boolean;
  /** The second confirmation: import even when it removes a starred session or over a quarter of the source. */
  allowRemovals?: boolean;
}

/** True when a schedule's problems stop the import before anything else is looked at. */
function stoppedByProblems(parsed: ParsedSource, skipBad: boolean): boolean {
  if (parsed.kind !== 'schedule' || parsed.parsed.problems.length === 0) return false;
  const usable = parsed.parsed.batch.sessions.length + (parsed.parsed.batch.cancelled?.length ?? 0);
  return !skipBad || usable === 0;
}

/**
 * Imports in one transaction, after the automatic backup. Bad rows stop a schedule import unless
 * `skipBad` says to import the good ones; nothing is written for a file that does not parse. An import
 * that would take starred sessions or over a quarter of the source away is refused (nothing written,
 * no backup used) unless `allowRemovals` confirms it.
 */
export async function importSource(
  deps: UseCaseDeps,
  input: ImportInput,
  options: ImportSourceOptions = {},
): Promise<ImportReport> {
  const source = await load(deps, input);
  const parsed = await parse(deps, source, input);
  return importParsed(deps, source, parsed, options);
}

/** The write step of an import, for a document already parsed (a refreshed subscription uses it too). */
export function importParsed(
  deps: UseCaseDeps,
  source: LoadedSource,
  parsed: ParsedSource,
  options: ImportSourceOptions = {},
  beforeWrite: () => void = backupOnce(deps, 'before-import'),
): ImportReport {
  const skipBad = options.skipBad ?? false;
  const now = clockOf(deps);
  const batch = parsed.kind === 'feed' ? parsed.batch : parsed.parsed.batch;
  const before = sourceSessionCount(deps.db, batch.source.location);
  // Only a source that listed sessions can lose any; the check is a dry run, so a refusal writes nothing.
  if (!options.allowRemovals && before > 0 && !stoppedByProblems(parsed, skipBad)) {
    refuseUnconfirmed(previewImpact(deps.db, batch, { now }).impact, source.name);
  }
  const apply = { now, beforeWrite };
  if (parsed.kind === 'feed') {
    const fetchMeta = source.fetchMeta;
    const result = applyImport(deps.db, parsed.batch, fetchMeta ? { ...apply, fetchMeta } : apply);
    return {
      ...feedSummary(parsed.batch.sessions, { ...result.counts, skipped: 0 }, parsed.problems),
      ...planImpact(deps.db, result, before),
    };
  }
  const fetchMeta = source.fetchMeta;
  const { summary, result } = importParsedSchedule(
    deps.db,
    parsed.parsed,
    skipBad,
    fetchMeta ? { ...apply, fetchMeta } : apply,
  );
  return { ...summary, ...planImpact(deps.db, result, before) };
}

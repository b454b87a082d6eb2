// Subscribed sources, feeds and organizer schedules alike: list them, subscribe to a URL (or a file),
// unsubscribe, and refresh them with a conditional GET, the same change detection and the same
// safeguard as an import: a refresh that would take starred sessions or over a quarter of a schedule
// away is held back until the user allows the removals. A file source is read again from its file
// while it exists; one that is gone, or was dropped on the window, is skipped and said to be.
import path from 'node:path';
import { KubeplanError } from '../../shared/errors';
import type { BackupInfo, ImportResult, SourceRefresh, SourceView } from '../../shared/types';
import { fetchFeed, httpUrl, isUrl } from '../feed/fetch-feed';
import { MAX_FEED_CHARS } from '../feed/parse-feed';
import { applyImport } from '../store/apply-import';
import {
  deleteSource,
  findSource,
  findSourceById,
  listSources as storedSources,
  recordSourceError,
  recordSourceNotModified,
  type StoredSource,
} from '../store/sources';
import {
  deleteSourceSettings,
  readSourceSettings,
  writeSourceSettings,
  type SourceSettings,
} from '../store/source-settings';
import { readTextFile } from '../text/read-text-file';
import { isValidTimeZone } from '../time/zoned';
import { backupOnce, clockOf, nowOf, type UseCaseDeps } from './deps';
import { importParsed, parseSource, type LoadedSource, type ParsedSource } from './import-source';
import { RemovalsNeedConfirmation } from './import-impact';
import { heldMessage, reason, refreshFeedLocation, unreadableFile } from './refresh-feeds';

export interface RefreshOptions {
  /** The second confirmation for a refresh that takes sessions from the plan. */
  allowRemovals?: boolean;
  /**
   * Only http(s) sources (the app's timed refresh): a file is read again when the user asks, so an
   * unchanged file never uses up an automatic backup every few hours.
   */
  urlsOnly?: boolean;
}

/** Every source: feeds, schedules and the bundled document, with last fetch, status, last error, count and settings. */
export function listSources(deps: UseCaseDeps): SourceView[] {
  return storedSources(deps.db).map((source) => {
    const settings = readSourceSettings(deps.db, source.location);
    return Object.keys(settings).length > 0 ? { ...source, settings } : source;
  });
}

function checkLocation(location: string): string {
  const trimmed = location.trim();
  if (!trimmed) throw new KubeplanError('invalid-argument', 'a URL or file is needed', 'url');
  if (isUrl(trimmed)) return httpUrl(trimmed).href;
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(trimmed))
    throw new KubeplanError('invalid-argument', 'only http(s) URLs and files can be subscribed to', trimmed);
  return path.resolve(trimmed);
}

function outcome(
  source: { id: number | null; kind: SourceRefresh['kind']; location: string },
  status: SourceRefresh['status'],
  extra: Partial<Pick<SourceRefresh, 'counts' | 'starred' | 'message'>> = {},
): SourceRefresh {
  return {
    id: source.id,
    kind: source.kind,
    location: source.location,
    status,
    counts: extra.counts ?? null,
    starred: extra.starred ?? [],
    message: extra.message ?? null,
  };
}

/** Reads a schedule or feed afresh; null when an http(s) source answered 304 (unchanged). */
async function load(deps: UseCaseDeps, location: string, stored: StoredSource | null): Promise<LoadedSource | null> {
  if (isUrl(location)) {
    const fetched = await fetchFeed(location, stored, deps.fetch);
    if (fetched.status === 'not-modified') {
      if (stored) return null;
      throw new KubeplanError('network-error', 'the server answered 304 to a first fetch', location);
    }
    return {
      name: location,
      location,
      text: fetched.text,
      fetchMeta: { etag: fetched.etag, lastModified: fetched.lastModified },
    };
  }
  return {
    name: location,
    location,
    text: readTextFile(location, { maxBytes: deps.fetch?.maxBytes ?? MAX_FEED_CHARS }),
  };
}

/** Parses with the source's own settings (its `--tz`, its `--event`), as every refresh must. */
async function parse(deps: UseCaseDeps, source: LoadedSource, settings: SourceSettings): Promise<ParsedSource> {
  const request = { ...settings, name: source.name, location: source.location, text: source.text };
  return deps.parse ? deps.parse(request) : parseSource(request);
}

function atLocation(parsed: ParsedSource, location: string): ParsedSource {
  if (parsed.kind === 'feed')
    return { ...parsed, batch: { ...parsed.batch, source: { ...parsed.batch.source, location } } };
  const batch = parsed.parsed.batch;
  return { ...parsed, parsed: { ...parsed.parsed, batch: { ...batch, source: { ...batch.source, location } } } };
}

/** Fetches, parses and stores one schedule or feed document as the source at `location`. */
async function refreshDocument(
  deps: UseCaseDeps,
  location: string,
  stored: StoredSource | null,
  options: RefreshOptions,
  beforeWrite: () => void,
): Promise<SourceRefresh> {
  const kind = stored?.kind ?? 'schedule';
  const id = stored?.id ?? null;
  try {
    const source = await load(deps, location, stored);
    if (!source) {
      recordSourceNotModified(deps.db, stored!.id, nowOf(deps).toISOString());
      return outcome({ id, kind, location }, 'not-modified');
    }
    // A subscription is its URL or file, whatever the document calls itself (a Sched export names its calendar).
    const parsed = atLocation(await parse(deps, source, readSourceSettings(deps.db, location)), location);
    const report = importParsed(deps, source, parsed, { allowRemovals: options.allowRemovals ?? false }, beforeWrite);
    const after = findSource(deps.db, location);
    return outcome({ id: after?.id ?? id, kind: after?.kind ?? kind, location }, 'updated', {
      counts: report.counts,
      starred: report.starred,
    });
  } catch (error) {
    const held = error instanceof RemovalsNeedConfirmation;
    const message = held ? heldMessage(error) : reason(error, location);
    // A first fetch that failed says nothing of the kind: a schedule is refreshed by content either way.
    const guessed = stored?.kind ?? 'schedule';
    recordSourceError(
      deps.db,
      { kind: guessed, location, title: stored?.title ?? null },
      message,
      nowOf(deps).toISOString(),
    );
    const recorded = findSource(deps.db, location);
    // A held refresh still says what it would do to starred sessions: the schedule says it, the user must hear it.
    return outcome({ id: recorded?.id ?? id, kind: guessed, location }, held ? 'held' : 'error', {
      message,
      starred: held ? error.impact.starred : [],
    });
  }
}

/** Refreshes one stored source by the rules of its kind. */
async function refreshStored(
  deps: UseCaseDeps,
  source: StoredSource,
  options: RefreshOptions,
  beforeWrite: () => void,
): Promise<SourceRefresh> {
  const { location } = source;
  const skipped = unreadableFile(location);
  if (skipped) return outcome(source, 'skipped', { message: skipped });
  if (source.kind === 'schedule') return refreshDocument(deps, location, source, options, beforeWrite);
  try {
    const done = await refreshFeedLocation(deps, location, source.kind, beforeWrite, {
      allowRemovals: options.allowRemovals ?? false,
    });
    if (done.status === 'not-modified') return outcome(source, 'not-modified');
    if (done.status === 'error' || done.status === 'skipped' || done.status === 'held')
      return outcome(source, done.status, { message: done.error });
    return outcome(source, 'updated', { counts: done.result.counts });
  } catch (error) {
    if (error instanceof RemovalsNeedConfirmation)
      return outcome(source, 'held', { message: heldMessage(error), starred: error.impact.starred });
    return outcome(source, 'error', { message: reason(error, location) });
  }
}

function requireSource(deps: UseCaseDeps, id: number): StoredSource {
  const source = findSourceById(deps.db, id);
  if (!source) throw new KubeplanError('not-found', `no source with id ${id}`, 'id');
  return source;
}

/** Settings a user gave, checked before anything is stored: an unknown zone is refused by name. */
function checkSettings(settings: SourceSettings): SourceSettings {
  const checked: SourceSettings = {};
  const zone = settings.timeZone?.trim();
  if (zone) {
    if (!isValidTimeZone(zone)) throw new KubeplanError('invalid-argument', `unknown time zone "${zone}"`, '--tz');
    checked.timeZone = zone;
  }
  const event = settings.event?.trim();
  if (event) checked.event = event;
  return checked;
}

/**
 * Subscribes to a schedule or feed (an http(s) URL, or a file the shell vouches the user chose) and
 * fetches it at once; one that fails stays listed with its error, so it can be refreshed later.
 * `settings` (the zone of a schedule's wall-clock times, the event's name) stay with the source and
 * apply to every refresh; subscribing again with new ones replaces those given.
 */
export async function addSource(
  deps: UseCaseDeps,
  location: string,
  settings: SourceSettings = {},
): Promise<SourceRefresh> {
  const checked = checkLocation(location);
  const given = checkSettings(settings);
  if (Object.keys(given).length > 0) writeSourceSettings(deps.db, checked, given, nowOf(deps));
  const stored = findSource(deps.db, checked);
  if (stored) return refreshStored(deps, stored, {}, backupOnce(deps, 'before-feed-add'));
  return refreshDocument(deps, checked, null, {}, backupOnce(deps, 'before-feed-add'));
}

export async function refreshSource(
  deps: UseCaseDeps,
  id: number,
  options: RefreshOptions = {},
): Promise<SourceRefresh> {
  return refreshStored(deps, requireSource(deps, id), options, backupOnce(deps, 'before-feed-refresh'));
}

/** Every source in turn (one backup for them all, before the first write); no source's failure stops the rest. */
export async function refreshAllSources(deps: UseCaseDeps, options: RefreshOptions = {}): Promise<SourceRefresh[]> {
  const backup = backupOnce(deps, 'before-feed-refresh');
  const outcomes: SourceRefresh[] = [];
  for (const source of storedSources(deps.db)) {
    if (options.urlsOnly && !isUrl(source.location)) continue;
    outcomes.push(await refreshStored(deps, requireSource(deps, source.id), options, backup));
  }
  return outcomes;
}

/** What unsubscribing did, and the backup taken just before it: restoring that backup undoes it. */
export interface SourceRemoval extends ImportResult {
  backup: BackupInfo | null;
}

/** Unsubscribes: sessions only this source listed are marked removed (stars and notes stay), in one transaction. */
export function removeSource(deps: UseCaseDeps, id: number): SourceRemoval {
  const { db } = deps;
  const source = requireSource(deps, id);
  const backup = backupOnce(deps, 'before-feed-remove')();
  const result = db.transaction(() => {
    const result = applyImport(
      db,
      { source: { kind: source.kind, location: source.location, title: source.title }, sessions: [] },
      { now: clockOf(deps) },
    );
    deleteSource(db, id);
    deleteSourceSettings(db, source.location);
    return result;
  })();
  return { ...result, backup };
}

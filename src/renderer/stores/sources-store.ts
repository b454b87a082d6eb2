// Every subscribed source (feeds, schedule URLs, files): the list, and subscribing, refreshing and
// removing them. Each change reloads the list and what it feeds (the catalogue, the Changes view) and
// says what happened, starred sessions first; a held-back refresh waits for the user's second yes,
// and a removal can be undone by restoring the backup taken just before it.
import type { KubeplanBridge } from '../../shared/ipc/create-api';
import type { SourceRemovalView } from '../../shared/ipc/sources-channels';
import type { BackupInfo, SourceRefresh, SourceView } from '../../shared/types';
import { errorMessage } from '../../shared/errors';
import { plural, sourceRefreshLines } from '../../shared/summary-text';
import { Store } from './store';

export type SourcesApi = Pick<
  KubeplanBridge,
  | 'listSources'
  | 'addSource'
  | 'chooseSourceFile'
  | 'refreshSource'
  | 'refreshAllSources'
  | 'removeSource'
  | 'restoreBackup'
>;

/** What the last action did, as the screen shows it. */
export interface SourcesOutcome {
  /** One line per source touched (the starred sessions are shown apart, first). */
  lines: string[];
  error: boolean;
  /** The refreshes it made, with the starred sessions each touched. */
  refreshes: SourceRefresh[];
  /** A removal that can be undone, with the backup that undoes it. */
  removed: { source: SourceView; backup: BackupInfo } | null;
}

export interface SourcesState {
  /** null until first loaded. */
  sources: SourceView[] | null;
  /** Which action runs now ('add', 'file', 'all', `refresh-ID`, `remove-ID`, 'undo'), so its button says so. */
  busy: string | null;
  outcome: SourcesOutcome | null;
}

/** The name a source is shown by: its own title, else its URL or file. */
export function sourceName(source: Pick<SourceView, 'title' | 'location'>): string {
  return source.title ?? source.location;
}

function removalLine(source: SourceView, removal: SourceRemovalView): string {
  return (
    `Removed ${sourceName(source)}: ${plural(removal.counts.removed, 'session')} only it listed ` +
    `${removal.counts.removed === 1 ? 'is' : 'are'} marked removed (stars and notes stay).`
  );
}

export class SourcesStore extends Store<SourcesState> {
  constructor(
    private readonly api: SourcesApi,
    /** Reloads what a refresh, a removal or an undo changed (the catalogue, the stars, the Changes view). */
    private readonly onChanged: () => Promise<void>,
  ) {
    super({ sources: null, busy: null, outcome: null });
  }

  async load(): Promise<void> {
    try {
      this.update({ sources: await this.api.listSources() });
    } catch (caught) {
      this.update({ sources: this.state.sources ?? [], outcome: failed(caught) });
    }
  }

  /** Runs one action, then reloads; resolves true when it failed nowhere. */
  async #run(label: string, action: () => Promise<SourcesOutcome>): Promise<boolean> {
    this.update({ busy: label, outcome: null });
    let outcome: SourcesOutcome;
    try {
      outcome = await action();
      await this.onChanged();
    } catch (caught) {
      outcome = failed(caught);
    }
    await this.load();
    this.update({ busy: null, outcome });
    return !outcome.error;
  }

  #refreshes(label: string, action: () => Promise<SourceRefresh[]>): Promise<boolean> {
    return this.#run(label, async () => {
      const refreshes = await action();
      return {
        // Starred sessions are listed apart, first: these lines are the sources' own.
        lines: refreshes.length
          ? refreshes.map((r) => sourceRefreshLines({ ...r, starred: [] })[0]!)
          : ['No sources to refresh.'],
        error: refreshes.some((r) => r.status === 'error'),
        refreshes,
        removed: null,
      };
    });
  }

  /** Subscribes to an http(s) URL: a feed or a schedule (a Sched all.ics, a Sessionize or pretalx export). */
  add(url: string): Promise<boolean> {
    return this.#refreshes('add', async () => [await this.api.addSource({ url })]);
  }

  /** Main shows the Open dialog and answers with a token for the chosen file, never its path. */
  async addChosenFile(): Promise<boolean> {
    let chosen;
    try {
      chosen = await this.api.chooseSourceFile();
    } catch (caught) {
      this.update({ outcome: failed(caught) });
      return false;
    }
    if (!chosen) return false;
    const { token } = chosen;
    return this.#refreshes('file', async () => [await this.api.addSource({ token })]);
  }

  /** Refreshes one source; `allowRemovals` is the user's second yes to a refresh that was held back. */
  refresh(id: number, allowRemovals = false): Promise<boolean> {
    return this.#refreshes(`refresh-${id}`, async () => [await this.api.refreshSource({ id, allowRemovals })]);
  }

  refreshAll(): Promise<boolean> {
    return this.#refreshes('all', () => this.api.refreshAllSources());
  }

  /** Removes a source (the screen has asked first); the outcome offers the undo when a backup was taken. */
  remove(source: SourceView): Promise<boolean> {
    return this.#run(`remove-${source.id}`, async () => {
      const removal = await this.api.removeSource({ id: source.id });
      return {
        lines: [removalLine(source, removal)],
        error: false,
        refreshes: [],
        removed: removal.backup ? { source, backup: removal.backup } : null,
      };
    });
  }

  /** Undoes the last removal: the backup taken just before it replaces the database. */
  undoRemove(): Promise<boolean> {
    const removed = this.state.outcome?.removed;
    if (!removed) return Promise.resolve(false);
    return this.#run('undo', async () => {
      await this.api.restoreBackup({ file: removed.backup.file });
      return {
        lines: [`Undone: ${sourceName(removed.source)} is back, with its sessions as they were before the removal.`],
        error: false,
        refreshes: [],
        removed: null,
      };
    });
  }
}

function failed(caught: unknown): SourcesOutcome {
  return { lines: [errorMessage(caught)], error: true, refreshes: [], removed: null };
}

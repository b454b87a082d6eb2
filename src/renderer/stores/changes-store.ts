// What imports changed, as the Changes view, the sidebar's badge and the agenda cards show it: the
// history of imports, the changes of the one chosen (the latest by default), and each session's latest changes.
import type { KubeplanBridge } from '../../shared/ipc/create-api';
import type { ImportChanges, ImportEntry, ImportHistoryEntry, SessionChangeEntry, UndoPlan } from '../../shared/types';
import { errorMessage } from '../../shared/errors';
import type { ChoiceStorage } from './catalogue-store';
import { Store } from './store';

export type ChangesApi = Pick<
  KubeplanBridge,
  'getChanges' | 'getImportHistory' | 'getLatestChanges' | 'planUndo' | 'undoImport'
>;

export interface ChangesState {
  /** undefined until loaded; null when no import has changed anything. */
  changes: ImportChanges | null | undefined;
  /** The imports that changed something, newest first. */
  history: ImportHistoryEntry[];
  /** The import the view shows; null for the latest. */
  chosenImportId: number | null;
  /** Each session's changes on the last import that changed it, by session key. */
  latest: ReadonlyMap<string, SessionChangeEntry>;
  /** The newest import the user has seen in the Changes view: later ones make the sidebar's badge. */
  seenImportId: number;
  error: string | null;
}

export const SEEN_IMPORT_KEY = 'kubeplan.changesSeen.v1';

/** Starred sessions changed by imports the user has not looked at yet: the sidebar's badge. */
export function unseenStarredChanges(state: Pick<ChangesState, 'history' | 'seenImportId'>): number {
  return state.history
    .filter((entry) => entry.importId > state.seenImportId)
    .reduce((sum, entry) => sum + entry.starredChanged, 0);
}

export class ChangesStore extends Store<ChangesState> {
  #generation = 0;

  constructor(
    private readonly api: ChangesApi,
    /** Reloads what an undo replaced (the catalogue, the stars). */
    private readonly afterUndo: () => Promise<void> = async () => {},
    private readonly storage: ChoiceStorage | null = null,
  ) {
    let seen = 0;
    try {
      seen = Number(storage?.getItem(SEEN_IMPORT_KEY) ?? 0) || 0;
    } catch {
      // Storage disabled: every import counts as unseen this run.
    }
    super({
      changes: undefined,
      history: [],
      chosenImportId: null,
      latest: new Map(),
      seenImportId: seen,
      error: null,
    });
  }

  /** What undoing the import would take back (the Changes view asks before it undoes). */
  planUndo(importId: number): Promise<UndoPlan> {
    return this.api.planUndo({ importId });
  }

  /** Undoes the import from the backup taken just before it, then reloads; resolves what was taken back. */
  async undo(importId: number): Promise<ImportEntry[]> {
    const undone = await this.api.undoImport({ importId });
    this.update({ chosenImportId: null });
    await Promise.all([this.afterUndo(), this.load()]);
    return undone;
  }

  /** Shows another import of the history (null: the latest). */
  async choose(importId: number | null): Promise<void> {
    this.update({ chosenImportId: importId });
    await this.load();
  }

  /** The user looked at the Changes view: imports up to the newest are seen, and the badge goes. */
  markSeen(): void {
    const newest = this.state.history[0]?.importId ?? 0;
    if (newest <= this.state.seenImportId) return;
    try {
      this.storage?.setItem(SEEN_IMPORT_KEY, String(newest));
    } catch {
      // Storage full or disabled: seen for this run only.
    }
    this.update({ seenImportId: newest });
  }

  async load(): Promise<void> {
    const generation = (this.#generation += 1);
    try {
      const chosen = this.state.chosenImportId;
      const [history, changes, latest] = await Promise.all([
        this.api.getImportHistory(),
        this.api.getChanges(chosen === null ? undefined : { importId: chosen }),
        this.api.getLatestChanges(),
      ]);
      if (generation !== this.#generation) return;
      this.update({
        history,
        changes,
        latest: new Map(latest.map((entry) => [entry.sessionKey, entry])),
        error: null,
      });
    } catch (caught) {
      if (generation === this.#generation)
        this.update({ changes: this.state.changes ?? null, error: errorMessage(caught) });
    }
  }
}

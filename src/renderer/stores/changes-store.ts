// What the last import changed, as the Changes view shows it.
import type { KubeplanBridge } from '../../shared/ipc/create-api';
import type { ImportChanges, ImportEntry, UndoPlan } from '../../shared/types';
import { errorMessage } from '../../shared/errors';
import { Store } from './store';

export type ChangesApi = Pick<KubeplanBridge, 'getChanges' | 'planUndo' | 'undoImport'>;

export interface ChangesState {
  /** undefined until loaded; null when no import has changed anything. */
  changes: ImportChanges | null | undefined;
  error: string | null;
}

export class ChangesStore extends Store<ChangesState> {
  constructor(
    private readonly api: ChangesApi,
    /** Reloads what an undo replaced (the catalogue, the stars). */
    private readonly afterUndo: () => Promise<void> = async () => {},
  ) {
    super({ changes: undefined, error: null });
  }

  /** What undoing the import would take back (the Changes view asks before it undoes). */
  planUndo(importId: number): Promise<UndoPlan> {
    return this.api.planUndo({ importId });
  }

  /** Undoes the import from the backup taken just before it, then reloads; resolves what was taken back. */
  async undo(importId: number): Promise<ImportEntry[]> {
    const undone = await this.api.undoImport({ importId });
    await Promise.all([this.afterUndo(), this.load()]);
    return undone;
  }

  async load(): Promise<void> {
    try {
      this.update({ changes: await this.api.getChanges(), error: null });
    } catch (caught) {
      this.update({ changes: this.state.changes ?? null, error: errorMessage(caught) });
    }
  }
}

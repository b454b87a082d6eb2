// What the last import changed, as the Changes view shows it.
import type { KubeplanBridge } from '../../shared/ipc/create-api';
import type { ImportChanges } from '../../shared/types';
import { errorMessage } from '../../shared/errors';
import { Store } from './store';

export type ChangesApi = Pick<KubeplanBridge, 'getChanges'>;

export interface ChangesState {
  /** undefined until loaded; null when no import has changed anything. */
  changes: ImportChanges | null | undefined;
  error: string | null;
}

export class ChangesStore extends Store<ChangesState> {
  constructor(private readonly api: ChangesApi) {
    super({ changes: undefined, error: null });
  }

  async load(): Promise<void> {
    try {
      this.update({ changes: await this.api.getChanges(), error: null });
    } catch (caught) {
      this.update({ changes: this.state.changes ?? null, error: errorMessage(caught) });
    }
  }
}

// The catalogue as main holds it: the start-up status, every session, and the row the user last
// selected (so coming back from a session page lands on it again).
import type { KubeplanBridge } from '../../shared/ipc/create-api';
import type { AppStatus } from '../../shared/ipc/app-channels';
import type { SessionView } from '../../shared/types';
import { errorMessage } from '../../shared/errors';
import { Store } from './store';

export type CatalogueApi = Pick<KubeplanBridge, 'getStatus' | 'listSessions' | 'restoreBackup'>;

export interface CatalogueState {
  status: AppStatus | null;
  sessions: SessionView[];
  /** True until the first load has answered. */
  loading: boolean;
  error: string | null;
  /** The session last selected in the list. */
  selection: string | null;
}

export class CatalogueStore extends Store<CatalogueState> {
  /** Counts loads, so an older answer arriving late never replaces a newer one. */
  #generation = 0;

  constructor(private readonly api: CatalogueApi) {
    super({ status: null, sessions: [], loading: true, error: null, selection: null });
  }

  /** Fetches the status and the sessions again (after an import, a feed refresh, a restore). */
  async load(): Promise<void> {
    const generation = (this.#generation += 1);
    let status: AppStatus | null = null;
    let next: Pick<CatalogueState, 'status' | 'sessions' | 'error'>;
    try {
      status = await this.api.getStatus();
      next = { status, sessions: await this.api.listSessions(), error: null };
    } catch (caught) {
      next = { status, sessions: [], error: errorMessage(caught) };
    }
    if (generation === this.#generation) this.update({ ...next, loading: false });
  }

  select(sessionKey: string | null): void {
    if (sessionKey !== this.state.selection) this.update({ selection: sessionKey });
  }

  find(sessionKey: string): SessionView | undefined {
    return this.state.sessions.find((s) => s.sessionKey === sessionKey);
  }

  /** Starts again from an automatic backup, then reloads everything from it. */
  async restoreBackup(file: string): Promise<void> {
    await this.api.restoreBackup({ file });
    await this.load();
  }
}

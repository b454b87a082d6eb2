// The catalogue as main holds it: the start-up status, every session, and the row the user last
// selected (so coming back from a session page lands on it again). The first load shows the first
// screen's rows as soon as they arrive and fetches the rest behind them.
import type { KubeplanBridge } from '../../shared/ipc/create-api';
import type { AppStatus } from '../../shared/ipc/app-channels';
import type { SessionView } from '../../shared/types';
import { errorMessage } from '../../shared/errors';
import { Store } from './store';

export type CatalogueApi = Pick<KubeplanBridge, 'getStatus' | 'listSessionsPage' | 'restoreBackup'>;

/** Enough rows for the first screen of the tallest window, in the list's order. */
export const FIRST_PAGE = 60;
/** The rest comes in pages this size, so no single message (or JSON.parse) holds the page for long. */
export const NEXT_PAGE = 5_000;

export interface CatalogueState {
  status: AppStatus | null;
  sessions: SessionView[];
  /**
   * True until a load has every session: on the first load `sessions` may already hold the first
   * screen's rows (the search index waits for all of them).
   */
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
    const current = () => generation === this.#generation;
    // A reload keeps the list it shows until the new one is whole; the first load draws early.
    const firstLoad = this.state.loading && this.state.sessions.length === 0;
    let status: AppStatus | null = null;
    let next: Pick<CatalogueState, 'status' | 'sessions' | 'error'>;
    try {
      // Both asked at once; the status still counts when the sessions cannot be read (it says why).
      const firstPage = this.api.listSessionsPage({ offset: 0, limit: FIRST_PAGE });
      firstPage.catch(() => {});
      status = await this.api.getStatus();
      const first = await firstPage;
      const sessions = JSON.parse(first.sessions) as SessionView[];
      if (!current()) return;
      if (firstLoad && sessions.length < first.total) this.update({ status, sessions });
      // Offsets count the stored rows (a damaged one is left out of its page but still counted).
      for (let offset = FIRST_PAGE; offset < first.total; offset += NEXT_PAGE) {
        const page = await this.api.listSessionsPage({ offset, limit: NEXT_PAGE });
        if (!current()) return;
        for (const row of JSON.parse(page.sessions) as SessionView[]) sessions.push(row);
      }
      next = { status, sessions, error: null };
    } catch (caught) {
      next = { status, sessions: [], error: errorMessage(caught) };
    }
    if (current()) this.update({ ...next, loading: false });
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

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
  /** The event the user put in focus: a name, null for all events, undefined for the default one. */
  eventChoice: string | null | undefined;
}

/** Where the event choice is kept across restarts (localStorage in the window). */
export type ChoiceStorage = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

export const EVENT_CHOICE_KEY = 'kubeplan.eventFocus.v1';

function readChoice(storage: ChoiceStorage | null): string | null | undefined {
  try {
    const raw = storage?.getItem(EVENT_CHOICE_KEY);
    if (raw == null) return undefined;
    const parsed: unknown = JSON.parse(raw);
    const event = (parsed as { event?: unknown } | null)?.event;
    return typeof event === 'string' || event === null ? event : undefined;
  } catch {
    return undefined;
  }
}

export class CatalogueStore extends Store<CatalogueState> {
  /** Counts loads, so an older answer arriving late never replaces a newer one. */
  #generation = 0;

  constructor(
    private readonly api: CatalogueApi,
    private readonly storage: ChoiceStorage | null = null,
  ) {
    super({
      status: null,
      sessions: [],
      loading: true,
      error: null,
      selection: null,
      eventChoice: readChoice(storage),
    });
  }

  /** Puts an event in focus (null: all events; undefined: back to the default), kept across restarts. */
  chooseEvent(choice: string | null | undefined): void {
    if (choice === this.state.eventChoice) return;
    try {
      if (choice === undefined) this.storage?.removeItem(EVENT_CHOICE_KEY);
      else this.storage?.setItem(EVENT_CHOICE_KEY, JSON.stringify({ event: choice }));
    } catch {
      // Storage full or disabled: the choice still holds for this run.
    }
    this.update({ eventChoice: choice, selection: null });
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
      const firstRows = JSON.parse(first.sessions) as SessionView[];
      if (!current()) return;
      if (firstLoad && firstRows.length < first.total) this.update({ status, sessions: firstRows });
      // A new array, not the first page grown in place: what the screens memoize on is the
      // array's identity, and the first page's array is already in the store.
      const sessions = firstRows.slice();
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

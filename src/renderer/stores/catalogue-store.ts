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

// The agenda: star levels as main stored them plus changes made since the catalogue loaded (shown at
// once, taken back if main refuses), the last removal (for Undo), notes, and the day-by-day plan,
// fetched again after every change.
import type { AgendaPlan, IcsImportPreview } from '../../shared/agenda-types';
import type { KubeplanBridge } from '../../shared/ipc/create-api';
import type { AgendaStatus, SessionView } from '../../shared/types';
import { errorMessage } from '../../shared/errors';
import { Store } from './store';

export type AgendaApi = Pick<
  KubeplanBridge,
  'setStar' | 'setNote' | 'getAgendaPlan' | 'previewIcsImport' | 'applyIcsImport'
>;

export interface RemovedStar {
  sessionKey: string;
  title: string;
  previous: AgendaStatus;
}

export interface AgendaState {
  /** Stars changed since the sessions were loaded: session key → level (null: not starred). */
  overrides: ReadonlyMap<string, AgendaStatus | null>;
  lastRemoved: RemovedStar | null;
  plan: AgendaPlan | null;
  planError: string | null;
  /** Bumps on every star or note change, so views that list the agenda (now/next) fetch again. */
  version: number;
  /** The event in focus: the plan and now/next hold only its sessions; null for every event. */
  event: string | null;
}

/** going → maybe → not starred → going: one button covers both levels. */
export function nextStatus(status: AgendaStatus | null): AgendaStatus | null {
  if (status === null) return 'going';
  return status === 'going' ? 'maybe' : null;
}

/** A session's star as the user last set it. */
export function starOf(
  overrides: ReadonlyMap<string, AgendaStatus | null>,
  session: Pick<SessionView, 'sessionKey' | 'agenda'>,
): AgendaStatus | null {
  return overrides.has(session.sessionKey) ? overrides.get(session.sessionKey)! : session.agenda;
}

export class AgendaStore extends Store<AgendaState> {
  #planGeneration = 0;

  constructor(
    private readonly api: AgendaApi,
    /** Called after main changed many stars at once (an .ics import): the catalogue reloads. */
    private readonly onManyChanged: () => Promise<void> = async () => {},
  ) {
    super({ overrides: new Map(), lastRemoved: null, plan: null, planError: null, version: 0, event: null });
  }

  statusOf(session: Pick<SessionView, 'sessionKey' | 'agenda'>): AgendaStatus | null {
    return starOf(this.state.overrides, session);
  }

  #withOverride(sessionKey: string, status: AgendaStatus | null | undefined): Map<string, AgendaStatus | null> {
    const overrides = new Map(this.state.overrides);
    if (status === undefined) overrides.delete(sessionKey);
    else overrides.set(sessionKey, status);
    return overrides;
  }

  /** `from` (what the user saw) and `title` let the agenda offer Undo after a removal. */
  async setStar(
    sessionKey: string,
    status: AgendaStatus | null,
    from?: { title: string; status: AgendaStatus | null },
  ): Promise<void> {
    const before = this.state.overrides.has(sessionKey) ? this.state.overrides.get(sessionKey)! : undefined;
    this.update((s) => ({ ...s, overrides: this.#withOverride(sessionKey, status), lastRemoved: null }));
    try {
      await this.api.setStar({ sessionKey, status });
    } catch (error) {
      this.update((s) => ({ ...s, overrides: this.#withOverride(sessionKey, before) }));
      throw error;
    }
    const lastRemoved =
      status === null && from?.status ? { sessionKey, title: from.title, previous: from.status } : null;
    this.update((s) => ({ ...s, lastRemoved, version: s.version + 1 }));
    await this.loadPlan();
  }

  /** One step of the star cycle: what the star button and the `s` key do. */
  async toggle(session: Pick<SessionView, 'sessionKey' | 'agenda' | 'title'>): Promise<void> {
    const status = this.statusOf(session);
    await this.setStar(session.sessionKey, nextStatus(status), { title: session.title, status });
  }

  async undoRemove(): Promise<void> {
    const removed = this.state.lastRemoved;
    if (removed) await this.setStar(removed.sessionKey, removed.previous);
  }

  async setNote(sessionKey: string, note: string | null): Promise<void> {
    await this.api.setNote({ sessionKey, note });
    this.update((s) => ({ ...s, version: s.version + 1 }));
    await this.loadPlan();
  }

  /** Follows the event in focus: the plan is fetched again for it (and now/next, through `version`). */
  async focusEvent(event: string | null): Promise<void> {
    if (event === this.state.event) return;
    this.update((s) => ({ ...s, event, version: s.version + 1 }));
    // A screen may have asked for the plan before the focus was known (effects run child first).
    if (this.#planGeneration > 0) await this.loadPlan();
  }

  async loadPlan(): Promise<void> {
    const generation = (this.#planGeneration += 1);
    try {
      const plan = await this.api.getAgendaPlan({ event: this.state.event });
      if (generation === this.#planGeneration) this.update({ plan, planError: null });
    } catch (error) {
      if (generation === this.#planGeneration) this.update({ planError: errorMessage(error) });
    }
  }

  /** After main changed stars itself (an import): its word is the truth again. */
  async forgetLocal(): Promise<void> {
    this.update((s) => ({ ...s, overrides: new Map(), lastRemoved: null, version: s.version + 1 }));
    await this.loadPlan();
  }

  previewIcs(file: { name: string; text: string }): Promise<IcsImportPreview> {
    return this.api.previewIcsImport(file);
  }

  /** Stars the sessions an .ics file names (its valid events only), then reloads what shows stars. */
  async applyIcs(file: { name: string; text: string }): Promise<number> {
    const result = await this.api.applyIcsImport({ ...file, mode: 'valid-only' });
    await this.onManyChanged();
    await this.forgetLocal();
    return result.applied;
  }
}

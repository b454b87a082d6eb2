// Planning help as the screens show it: pinned sessions, the team's overlay (who goes where), the
// recordings matched to sessions, and For you (read again whenever the stars changed).
import type { KubeplanBridge } from '../../shared/ipc/create-api';
import type {
  Recommendation,
  Recording,
  RemovedTeamMember,
  TeamAttendance,
  TeamImportResult,
  TeamMember,
} from '../../shared/planning-types';
import { errorMessage } from '../../shared/errors';
import { Store } from './store';

export type PlanningApi = Pick<
  KubeplanBridge,
  | 'listPinned'
  | 'setPinned'
  | 'listTeam'
  | 'getTeamOverlay'
  | 'addTeamMember'
  | 'removeTeamMember'
  | 'restoreTeamMember'
  | 'listRecordings'
  | 'forYou'
>;

/** How many For you sessions the catalogue and timetable filter shows (the channel's most). */
export const FOR_YOU_LIMIT = 100;

export interface PlanningState {
  pins: ReadonlySet<string>;
  team: TeamMember[];
  /** Session key → who of the team goes. */
  overlay: ReadonlyMap<string, TeamAttendance['members']>;
  /** Session key → its recordings. */
  recordings: ReadonlyMap<string, Recording[]>;
  /** For you as of the agenda version it was read at; null until asked. */
  forYou: { version: number; items: Recommendation[] } | null;
  /** The last colleague removed, for Undo. */
  lastRemoved: RemovedTeamMember | null;
  error: string | null;
}

function byKey<T extends { sessionKey: string }>(rows: readonly T[]): Map<string, T[]> {
  const map = new Map<string, T[]>();
  for (const row of rows) {
    const list = map.get(row.sessionKey);
    if (list) list.push(row);
    else map.set(row.sessionKey, [row]);
  }
  return map;
}

export class PlanningStore extends Store<PlanningState> {
  #forYouAsked = -1;

  constructor(
    private readonly api: PlanningApi,
    /** Called after main starred a session itself (pinning stars it going). */
    private readonly onStarsChanged: () => Promise<void> = async () => {},
  ) {
    super({
      pins: new Set(),
      team: [],
      overlay: new Map(),
      recordings: new Map(),
      forYou: null,
      lastRemoved: null,
      error: null,
    });
  }

  /** Reads pins, the team and recordings again (at start-up, after an import or a restore). */
  async load(): Promise<void> {
    try {
      const [pins, team, overlay, recordings] = await Promise.all([
        this.api.listPinned(),
        this.api.listTeam(),
        this.api.getTeamOverlay(),
        this.api.listRecordings(),
      ]);
      this.update({
        pins: new Set(pins),
        team,
        overlay: new Map(overlay.map((a) => [a.sessionKey, a.members])),
        recordings: byKey(recordings),
        error: null,
      });
    } catch (caught) {
      this.update({ error: errorMessage(caught) });
    }
  }

  async #reloadTeam(): Promise<void> {
    const [team, overlay] = await Promise.all([this.api.listTeam(), this.api.getTeamOverlay()]);
    this.update({ team, overlay: new Map(overlay.map((a) => [a.sessionKey, a.members])) });
  }

  async setPinned(sessionKey: string, pinned: boolean, wasStarred: boolean): Promise<void> {
    await this.api.setPinned({ sessionKey, pinned });
    const pins = new Set(this.state.pins);
    if (pinned) pins.add(sessionKey);
    else pins.delete(sessionKey);
    this.update({ pins });
    if (pinned && !wasStarred) await this.onStarsChanged();
  }

  /** For you as of agenda `version` (the agenda store's counter): read once per version. */
  async loadForYou(version: number): Promise<void> {
    if (this.#forYouAsked === version) return;
    this.#forYouAsked = version;
    try {
      const items = await this.api.forYou({ limit: FOR_YOU_LIMIT });
      if (this.#forYouAsked === version) this.update({ forYou: { version, items } });
    } catch (caught) {
      this.#forYouAsked = -1;
      this.update({ error: errorMessage(caught) });
    }
  }

  async addMember(name: string, file: { name: string; text: string }): Promise<TeamImportResult> {
    const result = await this.api.addTeamMember({ name, text: file.text, fileName: file.name });
    this.update({ lastRemoved: null });
    await this.#reloadTeam();
    return result;
  }

  async removeMember(name: string): Promise<void> {
    const removed = await this.api.removeTeamMember({ name });
    this.update({ lastRemoved: removed });
    await this.#reloadTeam();
  }

  async undoRemove(): Promise<void> {
    const removed = this.state.lastRemoved;
    if (!removed) return;
    await this.api.restoreTeamMember({ name: removed.member.name, entries: removed.entries });
    this.update({ lastRemoved: null });
    await this.#reloadTeam();
  }
}

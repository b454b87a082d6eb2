// The app's settings as main stores them (today: the reminder lead time).
import type { AppSettings } from '../../shared/agenda-types';
import type { KubeplanBridge } from '../../shared/ipc/create-api';
import { errorMessage } from '../../shared/errors';
import { Store } from './store';

export type SettingsApi = Pick<KubeplanBridge, 'getSettings' | 'setSettings'>;

export interface SettingsState {
  /** null until first loaded. */
  settings: AppSettings | null;
  error: string | null;
}

export class SettingsStore extends Store<SettingsState> {
  constructor(private readonly api: SettingsApi) {
    super({ settings: null, error: null });
  }

  async load(): Promise<void> {
    try {
      this.update({ settings: await this.api.getSettings(), error: null });
    } catch (caught) {
      this.update({ error: errorMessage(caught) });
    }
  }

  /** Shows the choice at once, then what main saved (it may round or refuse it). */
  async setReminderMinutes(minutes: number | null): Promise<void> {
    const before = this.state.settings;
    this.update({ settings: { ...before, reminderMinutes: minutes }, error: null });
    try {
      this.update({ settings: await this.api.setSettings({ reminderMinutes: minutes }) });
    } catch (caught) {
      this.update({ settings: before, error: errorMessage(caught) });
    }
  }
}

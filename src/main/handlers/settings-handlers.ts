// Handlers for the settings channels: the reminder lead time.
import { getSettings, setSettings } from '../../core/use-cases/settings';
import type { settingsChannels } from '../../shared/ipc/settings-channels';
import { depsOf, type App } from './context';
import type { HandlerSlice } from './types';

export function settingsHandlers(app: App): HandlerSlice<keyof typeof settingsChannels> {
  return {
    getSettings: () => getSettings(depsOf(app)),
    setSettings: (changes) => setSettings(depsOf(app), changes),
  };
}

// Handlers for the settings channels: the reminder lead time.
import { readSettings, writeSettings } from '../../core/settings/settings-store';
import type { settingsChannels } from '../../shared/ipc/settings-channels';
import { requireDb, type HandlerContext } from './context';
import type { HandlerSlice } from './types';

export function settingsHandlers(ctx: HandlerContext): HandlerSlice<keyof typeof settingsChannels> {
  const now = () => (ctx.now ?? (() => new Date()))();
  return {
    getSettings: () => readSettings(requireDb(ctx)),
    setSettings: (changes) => writeSettings(requireDb(ctx), changes, now()),
  };
}

// The user's preferences (today the reminder lead time): read them, change them.
import type { AppSettings } from '../../shared/agenda-types';
import { readSettings, writeSettings } from '../store/settings';
import { nowOf, type UseCaseDeps } from './deps';

export function getSettings(deps: UseCaseDeps): AppSettings {
  return readSettings(deps.db);
}

/** Changes the settings given (a null lead time turns reminders off) and returns them all. */
export function setSettings(deps: UseCaseDeps, changes: Partial<AppSettings>): AppSettings {
  return writeSettings(deps.db, changes, nowOf(deps));
}

// Start-up as the main process does it, without Electron: open the store, seed it, collect problems.
import { toErrorInfo, type ErrorInfo } from '../shared/errors';
import { seedIfEmpty } from '../core/catalog/bundled-data';
import { openStore, type Db } from '../core/store/open-store';
import type { HandlerContext } from './handlers/index';

export interface StartOptions {
  databasePath: string;
  bundledFeedFile: string;
  nativeBinding?: string;
  openExternal: (url: string) => Promise<boolean>;
}

export function startAppContext(options: StartOptions): HandlerContext {
  const startupProblems: ErrorInfo[] = [];
  let db: Db | null = null;
  try {
    db = openStore(options.databasePath, options.nativeBinding ? { nativeBinding: options.nativeBinding } : {});
    startupProblems.push(...seedIfEmpty(db, options.bundledFeedFile));
  } catch (error) {
    startupProblems.push(toErrorInfo(error));
  }
  return {
    db,
    databasePath: options.databasePath,
    startupProblems,
    openExternal: options.openExternal,
  };
}

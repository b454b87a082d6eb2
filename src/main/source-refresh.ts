// Keeps subscribed sources fresh while the app runs: refreshes every http(s) source on start-up and
// every few hours through the sources use case (conditional GET, change detection, the removal safeguard), and
// tells the user when a starred session moved, was cancelled, removed or turned into a break.
// Electron-free: the clock and the notifier are passed in, so tests run it with stand-ins.
import { refreshAllSources } from '../core/use-cases/sources';
import { effectPhrase } from '../shared/summary-text';
import type { SourceRefresh, StarredEffect } from '../shared/types';
import type { App } from './app-context';
import { depsOf } from './handlers/context';

/** How often sources are refreshed while the app is open. */
export const REFRESH_EVERY_MS = 3 * 60 * 60 * 1000;

/** One desktop notification: about one starred session. */
export interface SourceNotice {
  title: string;
  body: string;
  sessionKey: string;
}

export interface SourceRefreshOptions {
  clock: { setInterval: (fn: () => void, ms: number) => unknown; clearInterval: (handle: unknown) => void };
  /** Shows a notice (Electron's Notification in the app; a recorder in tests). */
  notify: (notice: SourceNotice) => void;
  /** Hears every refresh's outcomes (the window reloads what changed). */
  onRefreshed?: (outcomes: SourceRefresh[]) => void;
  everyMs?: number;
}

export interface SourceRefresher {
  /** Resolves when the start-up refresh is done. */
  readonly started: Promise<SourceRefresh[]>;
  /** Refreshes every source now (the timer does this every few hours). */
  refresh(): Promise<SourceRefresh[]>;
  stop(): void;
}

const NOTICE_TITLES: Partial<Record<StarredEffect['effects'][number]['effect'], string>> = {
  moved: 'A session in your agenda moved',
  cancelled: 'A session in your agenda was cancelled',
  removed: 'A session in your agenda was removed from the schedule',
  'became-break': 'A session in your agenda is now a break',
};

/** The notices a refresh calls for: one per starred session it moved, cancelled, removed or made a break. */
export function noticesFor(outcomes: SourceRefresh[]): SourceNotice[] {
  const notices: SourceNotice[] = [];
  for (const outcome of outcomes) {
    for (const entry of outcome.starred) {
      const worth = entry.effects.filter((e) => NOTICE_TITLES[e.effect]);
      if (worth.length === 0) continue;
      notices.push({
        title: NOTICE_TITLES[worth[0]!.effect]!,
        body:
          `${entry.title}: ${worth.map(effectPhrase).join('; ')}` +
          (outcome.status === 'held' ? ' (not applied yet: open Sources to apply the new schedule)' : ''),
        sessionKey: entry.sessionKey,
      });
    }
  }
  return notices;
}

export function startSourceRefresh(app: App, options: SourceRefreshOptions): SourceRefresher {
  let running: Promise<SourceRefresh[]> | null = null;
  const refresh = (): Promise<SourceRefresh[]> => {
    // One refresh at a time: a tick that comes while one runs waits for it.
    running ??= (async () => {
      try {
        // Read per refresh, never kept: a restored backup is the database the next refresh reads.
        if (!app.current().db) return [];
        const outcomes = await refreshAllSources(depsOf(app), { urlsOnly: true });
        for (const notice of noticesFor(outcomes)) options.notify(notice);
        options.onRefreshed?.(outcomes);
        return outcomes;
      } catch (error) {
        console.error(`kubeplan: refreshing sources failed: ${String(error)}`);
        return [];
      } finally {
        running = null;
      }
    })();
    return running;
  };
  const started = refresh();
  const handle = options.clock.setInterval(() => void refresh(), options.everyMs ?? REFRESH_EVERY_MS);
  return { started, refresh, stop: () => options.clock.clearInterval(handle) };
}

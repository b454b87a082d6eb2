// Subscribed blog feeds: the list, and adding, refreshing and removing them; each change reloads the
// list and the catalogue (a feed's sessions are catalogue sessions) and says what happened.
import type { KubeplanBridge } from '../../shared/ipc/create-api';
import type { FeedRefreshView } from '../../shared/ipc/feeds-channels';
import type { SourceView } from '../../shared/types';
import { errorMessage } from '../../shared/errors';
import { refreshSentence } from '../../shared/summary-text';
import { Store } from './store';

export type FeedsApi = Pick<
  KubeplanBridge,
  'listFeeds' | 'addFeed' | 'chooseFeedFile' | 'refreshFeed' | 'refreshAllFeeds' | 'removeFeed'
>;

export interface FeedsState {
  /** null until first loaded. */
  feeds: SourceView[] | null;
  /** Which action runs now ('add', 'file', 'all', `refresh-ID`, `remove-ID`), so its button says so. */
  busy: string | null;
  message: { text: string; error: boolean } | null;
}

export function describeRefresh(result: FeedRefreshView): string {
  if (result.status === 'error')
    return refreshSentence({ ...result, status: 'error', error: result.error ?? 'failed' });
  if (result.status === 'not-modified') return refreshSentence({ ...result, status: 'not-modified' });
  if (result.status === 'skipped') return refreshSentence({ ...result, status: 'skipped', error: result.error ?? '' });
  return refreshSentence({ ...result, status: 'updated', counts: result.counts! });
}

export class FeedsStore extends Store<FeedsState> {
  constructor(
    private readonly api: FeedsApi,
    private readonly onCatalogueChanged: () => Promise<void>,
  ) {
    super({ feeds: null, busy: null, message: null });
  }

  async load(): Promise<void> {
    try {
      this.update({ feeds: await this.api.listFeeds() });
    } catch (caught) {
      this.update({ feeds: [], message: { text: errorMessage(caught), error: true } });
    }
  }

  /** Runs one action; resolves true when every feed it touched answered without an error. */
  async #run(label: string, action: () => Promise<FeedRefreshView[]>): Promise<boolean> {
    this.update({ busy: label, message: null });
    let ok = false;
    try {
      const results = await action();
      ok = !results.some((r) => r.status === 'error');
      this.update({ message: { text: results.map(describeRefresh).join('\n') || 'No feeds to refresh.', error: !ok } });
      await this.onCatalogueChanged();
    } catch (caught) {
      this.update({ message: { text: errorMessage(caught), error: true } });
    }
    await this.load();
    this.update({ busy: null });
    return ok;
  }

  add(url: string): Promise<boolean> {
    return this.#run('add', async () => [await this.api.addFeed({ url })]);
  }

  /** Main shows the Open dialog and answers with a token for the chosen file, never its path. */
  async addChosenFile(): Promise<boolean> {
    let chosen;
    try {
      chosen = await this.api.chooseFeedFile();
    } catch (caught) {
      this.update({ message: { text: errorMessage(caught), error: true } });
      return false;
    }
    if (!chosen) return false;
    const { token } = chosen;
    return this.#run('file', async () => [await this.api.addFeed({ token })]);
  }

  refresh(id: number): Promise<boolean> {
    return this.#run(`refresh-${id}`, async () => [await this.api.refreshFeed({ id })]);
  }

  refreshAll(): Promise<boolean> {
    return this.#run('all', () => this.api.refreshAllFeeds());
  }

  remove(feed: SourceView): Promise<boolean> {
    return this.#run(`remove-${feed.id}`, async () => {
      const counts = await this.api.removeFeed({ id: feed.id });
      return [{ location: feed.location, status: 'updated', counts, error: null }];
    });
  }
}

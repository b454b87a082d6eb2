// The catalogue's search index, built off the UI thread for each load of the sessions and kept
// across visits to other screens, so coming back to the catalogue is instant.
import type { CatalogueIndex } from '../../core/search/search-index';
import type { SessionView } from '../../shared/types';
import { Store } from './store';

export interface SearchIndexState {
  /** The newest index built, and the sessions it was built from. */
  built: { sessions: SessionView[]; index: CatalogueIndex } | null;
}

export type BuildIndex = (sessions: SessionView[]) => Promise<CatalogueIndex>;

export class SearchIndexStore extends Store<SearchIndexState> {
  #wanted: SessionView[] | null = null;

  constructor(private readonly build: BuildIndex) {
    super({ built: null });
  }

  /** Builds the index for `sessions` unless it is built or being built; a newer request wins. */
  async ensure(sessions: SessionView[]): Promise<void> {
    if (this.state.built?.sessions === sessions || this.#wanted === sessions) return;
    this.#wanted = sessions;
    const index = await this.build(sessions);
    if (this.#wanted === sessions) this.update({ built: { sessions, index } });
  }
}

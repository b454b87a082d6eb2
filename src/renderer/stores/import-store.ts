// The import flow: a file's text, its preview (a dry run in main), and confirming it; after an import
// the catalogue, the stars and the Changes view all reload.
import type { KubeplanBridge } from '../../shared/ipc/create-api';
import type { ImportPreview, ImportRequest } from '../../shared/ipc/import-channels';
import type { ImportSummary } from '../../shared/types';
import { errorMessage } from '../../shared/errors';
import { Store } from './store';

export type ImportApi = Pick<KubeplanBridge, 'previewImport' | 'confirmImport'>;

export interface PendingImport {
  request: ImportRequest;
  preview: ImportPreview | null;
  error: string | null;
  busy: boolean;
}

export interface ImportState {
  pending: PendingImport | null;
  /** The summary of the last import confirmed in this window. */
  lastSummary: ImportSummary | null;
}

export class ImportStore extends Store<ImportState> {
  constructor(
    private readonly api: ImportApi,
    private readonly afterImport: () => Promise<void>,
  ) {
    super({ pending: null, lastSummary: null });
  }

  async preview(request: ImportRequest): Promise<void> {
    this.update({ pending: { request, preview: null, error: null, busy: true } });
    try {
      const preview = await this.api.previewImport(request);
      if (this.state.pending?.request === request)
        this.update({ pending: { request, preview, error: null, busy: false } });
    } catch (error) {
      if (this.state.pending?.request === request)
        this.update({ pending: { request, preview: null, error: errorMessage(error), busy: false } });
    }
  }

  /** Imports what the preview showed; resolves the summary, or null when nothing was imported. */
  /** `allowRemovals`: the user confirmed a second time an import that removes starred sessions. */
  async confirm(skipBad: boolean, allowRemovals = false): Promise<ImportSummary | null> {
    const pending = this.state.pending;
    if (!pending || pending.busy) return null;
    this.update({ pending: { ...pending, busy: true } });
    try {
      const summary = await this.api.confirmImport({ ...pending.request, skipBad, allowRemovals });
      this.update({ pending: null, lastSummary: summary });
      await this.afterImport();
      return summary;
    } catch (error) {
      this.update({ pending: { ...pending, busy: false, error: errorMessage(error) } });
      return null;
    }
  }

  cancel(): void {
    this.update({ pending: null });
  }
}

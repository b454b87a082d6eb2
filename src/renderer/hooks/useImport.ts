// The import flow's state: a file's text, its preview (dry run), the user's settings, and confirming it.
import { useCallback, useState } from 'react';
import type { ImportPreview, ImportRequest } from '../../shared/ipc/import-channels';
import type { ImportSummary } from '../../shared/types';
import { api } from '../api';
import { errorMessage } from '../../shared/errors';

export interface PendingImport {
  request: ImportRequest;
  preview: ImportPreview | null;
  error: string | null;
  busy: boolean;
}

export function useImport(onImported: (summary: ImportSummary) => void) {
  const [pending, setPending] = useState<PendingImport | null>(null);

  const preview = useCallback(async (request: ImportRequest) => {
    setPending({ request, preview: null, error: null, busy: true });
    try {
      const result = await api.previewImport(request);
      setPending({ request, preview: result, error: null, busy: false });
    } catch (error) {
      setPending({ request, preview: null, error: errorMessage(error), busy: false });
    }
  }, []);

  const openFile = useCallback(
    async (file: File) => {
      // A sandboxed renderer has no file paths: the text itself crosses to main.
      const text = await file.text();
      await preview({ name: file.name, text });
    },
    [preview],
  );

  const confirm = useCallback(
    async (skipBad: boolean, allowRemovals = false) => {
      if (!pending) return;
      setPending({ ...pending, busy: true });
      try {
        const summary = await api.confirmImport({ ...pending.request, skipBad, allowRemovals });
        setPending(null);
        onImported(summary);
      } catch (error) {
        setPending({ ...pending, busy: false, error: errorMessage(error) });
      }
    },
    [pending, onImported],
  );

  return { pending, openFile, preview, confirm, cancel: () => setPending(null) };
}

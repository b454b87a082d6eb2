// Loads the start-up status and the sessions from main; reload() fetches them again.
import { useCallback, useEffect, useState } from 'react';
import type { AppStatus } from '../../shared/ipc/app-channels';
import type { SessionView } from '../../shared/types';
import { api } from '../api';
import { errorMessage } from '../../shared/errors';

export interface Catalogue {
  status: AppStatus | null;
  sessions: SessionView[];
  loading: boolean;
  error: string | null;
  reload: () => void;
}

interface Loaded {
  status: AppStatus | null;
  sessions: SessionView[];
  error: string | null;
}

async function fetchCatalogue(): Promise<Loaded> {
  let status: AppStatus | null = null;
  try {
    status = await api.getStatus();
    return { status, sessions: await api.listSessions(), error: null };
  } catch (caught) {
    return { status, sessions: [], error: errorMessage(caught) };
  }
}

export function useCatalogue(): Catalogue {
  const [loaded, setLoaded] = useState<Loaded | null>(null);
  const [generation, setGeneration] = useState(0);

  useEffect(() => {
    let current = true;
    void fetchCatalogue().then((result) => {
      if (current) setLoaded(result);
    });
    return () => {
      current = false;
    };
  }, [generation]);

  const reload = useCallback(() => setGeneration((n) => n + 1), []);
  return {
    status: loaded?.status ?? null,
    sessions: loaded?.sessions ?? [],
    loading: loaded === null,
    error: loaded?.error ?? null,
    reload,
  };
}

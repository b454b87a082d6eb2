// `kubeplan scrape`: the sessions a feed file or URL lists, read and extracted, with nothing stored.
import type { SessionRecord } from '../../shared/types';
import type { UseCaseDeps } from './deps';
import { loadSource, scrapeLoaded } from './import-source';

export async function scrapeSource(
  deps: Pick<UseCaseDeps, 'fetch'>,
  location: string,
): Promise<{ title: string | null; sessions: SessionRecord[] }> {
  return scrapeLoaded(await loadSource(location, deps.fetch));
}

// Handlers for the sources channels: thin adapters over the sources use case, the one `kubeplan
// sources` calls. The window may subscribe to http(s) URLs and to files the user chose (by token),
// never to a path it names itself.
import { FETCH_DEFAULTS } from '../../core/feed/fetch-feed';
import { addSource, listSources, refreshAllSources, refreshSource, removeSource } from '../../core/use-cases/sources';
import { KubeplanError } from '../../shared/errors';
import type { sourcesChannels } from '../../shared/ipc/sources-channels';
import { depsOf, type App } from './context';
import type { HandlerSlice } from './types';

const SOURCE_FILES = {
  name: 'Schedules and feeds (iCalendar, Sessionize, frab, Pentabarf, CSV, RSS, Atom)',
  extensions: ['ics', 'ical', 'json', 'xml', 'csv', 'rss', 'atom', 'rdf', 'gz', 'zip'],
};

/** What the window typed must be an http(s) URL: a path or a file: URL is refused before anything is read. */
function webUrl(raw: string): string {
  let url: URL | null = null;
  try {
    url = new URL(raw);
  } catch {
    // not a URL at all: a path, most likely
  }
  if (!url || (url.protocol !== 'http:' && url.protocol !== 'https:') || !url.hostname) {
    throw new KubeplanError(
      'invalid-argument',
      'a source is subscribed by its http(s) URL; for a file on this computer, choose the file instead',
      'url',
    );
  }
  return url.href;
}

export function sourcesHandlers(app: App): HandlerSlice<keyof typeof sourcesChannels> {
  return {
    listSources: () => listSources(depsOf(app)),
    addSource: async (input) => {
      const deps = depsOf(app);
      // A chosen file is held to the same size cap as a download, and must be a regular file.
      const maxBytes = app.services.fetchOptions?.maxBytes ?? FETCH_DEFAULTS.maxBytes;
      const location = 'token' in input ? app.services.openedFiles.take(input.token, maxBytes) : webUrl(input.url);
      return addSource(deps, location);
    },
    chooseSourceFile: async () => {
      const choose = app.services.chooseOpenPath;
      if (!choose) throw new KubeplanError('internal', 'choosing a file is not available here');
      const file = await choose(SOURCE_FILES);
      return file === null ? null : app.services.openedFiles.add([file])[0]!;
    },
    refreshSource: ({ id, allowRemovals }) => refreshSource(depsOf(app), id, { allowRemovals: allowRemovals ?? false }),
    refreshAllSources: () => refreshAllSources(depsOf(app)),
    removeSource: ({ id }) => {
      const { counts, backup } = removeSource(depsOf(app), id);
      return { counts, backup };
    },
  };
}

// Builds the catalogue's search index without blocking typing: in a Web Worker, else in idle chunks.
import MiniSearch from 'minisearch';
import { indexOptions, toSearchDocument, type SearchDocument } from '../../core/search/documents';
import { documentTexts, vocabularyOf, type CatalogueIndex } from '../../core/search/search-index';
import type { SessionView } from '../../shared/types';
import type { IndexReply, IndexRequest } from './index.worker';

let worker: Worker | null | undefined;
let generation = 0;

function indexWorker(): Worker | null {
  if (worker !== undefined) return worker;
  try {
    worker = new Worker(new URL('./index.worker.ts', import.meta.url), { type: 'module', name: 'search-index' });
  } catch {
    worker = null;
  }
  return worker;
}

interface Built {
  search: MiniSearch<SearchDocument>;
  texts: Map<string, string>;
  vocabulary: Set<string>;
}

function inWorker(w: Worker, documents: SearchDocument[]): Promise<Built> {
  const request: IndexRequest = { generation: (generation += 1), documents };
  return new Promise((resolve, reject) => {
    const onMessage = (event: MessageEvent<IndexReply>) => {
      if (event.data.generation !== request.generation) return;
      w.removeEventListener('message', onMessage);
      w.removeEventListener('error', onError);
      // Loading a serialized index is several times cheaper than tokenizing, and yields while it works.
      const texts = new Map(event.data.texts);
      const vocabulary = new Set(event.data.vocabulary);
      MiniSearch.loadJSAsync(event.data.index, indexOptions).then((search) => resolve({ search, texts, vocabulary }), reject);
    };
    const onError = (event: Event) => {
      w.removeEventListener('message', onMessage);
      w.removeEventListener('error', onError);
      reject(event instanceof ErrorEvent ? event.error ?? new Error(event.message) : new Error('index worker failed'));
    };
    w.addEventListener('message', onMessage);
    w.addEventListener('error', onError);
    w.postMessage(request);
  });
}

async function onThisThread(documents: SearchDocument[]): Promise<Built> {
  const search = new MiniSearch<SearchDocument>(indexOptions);
  await search.addAllAsync(documents, { chunkSize: 200 });
  const texts = documentTexts(documents);
  return { search, texts, vocabulary: vocabularyOf(texts.values()) };
}

export async function buildIndexOffThread(sessions: SessionView[]): Promise<CatalogueIndex> {
  const documents = sessions.map(toSearchDocument);
  const w = indexWorker();
  let built: Built;
  try {
    built = w ? await inWorker(w, documents) : await onThisThread(documents);
  } catch {
    // A worker that cannot start (an old file:// setup, say) must not cost the user search.
    worker = null;
    built = await onThisThread(documents);
  }
  return { ...built, order: documents.map((d) => d.id) };
}

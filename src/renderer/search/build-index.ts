// Builds the catalogue's search index without blocking typing: in a Web Worker, else in idle chunks.
import { toSearchDocument, type SearchDocument } from '../../core/search/documents';
import { catalogueIndex, INDEXED_FIELDS, type CatalogueIndex } from '../../core/search/search-index';
import { TermIndexBuilder, type TermIndexData } from '../../core/search/term-index';
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

function inWorker(w: Worker, documents: SearchDocument[]): Promise<TermIndexData> {
  const request: IndexRequest = { generation: (generation += 1), documents };
  return new Promise((resolve, reject) => {
    const onMessage = (event: MessageEvent<IndexReply>) => {
      if (event.data.generation !== request.generation) return;
      w.removeEventListener('message', onMessage);
      w.removeEventListener('error', onError);
      resolve(event.data.index);
    };
    const onError = (event: Event) => {
      w.removeEventListener('message', onMessage);
      w.removeEventListener('error', onError);
      reject(
        event instanceof ErrorEvent ? (event.error ?? new Error(event.message)) : new Error('index worker failed'),
      );
    };
    w.addEventListener('message', onMessage);
    w.addEventListener('error', onError);
    w.postMessage(request);
  });
}

/** Without a worker: a chunk of documents at a time, giving the UI thread back between chunks. */
async function onThisThread(documents: SearchDocument[]): Promise<TermIndexData> {
  const builder = new TermIndexBuilder(INDEXED_FIELDS);
  for (let i = 0; i < documents.length; i += 1) {
    builder.add(documents[i]!);
    if (i % 200 === 199) await new Promise((resolve) => setTimeout(resolve, 0));
  }
  return builder.finish();
}

export async function buildIndexOffThread(sessions: SessionView[]): Promise<CatalogueIndex> {
  const documents = sessions.map(toSearchDocument);
  const w = indexWorker();
  let built: TermIndexData;
  try {
    built = w ? await inWorker(w, documents) : await onThisThread(documents);
  } catch {
    // A worker that cannot start (an old file:// setup, say) must not cost the user search.
    worker = null;
    built = await onThisThread(documents);
  }
  return catalogueIndex(built, sessions);
}

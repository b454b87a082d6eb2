// Web Worker: builds the MiniSearch index off the UI thread and sends it back as a plain object.
import MiniSearch from 'minisearch';
import { documentText, indexOptions, type SearchDocument } from '../../core/search/documents';

export interface IndexRequest {
  generation: number;
  documents: SearchDocument[];
}

export interface IndexReply {
  generation: number;
  /** MiniSearch's serialized index (toJSON()), ready for MiniSearch.loadJSAsync. */
  index: ReturnType<MiniSearch<SearchDocument>['toJSON']>;
  /** Folded text per document id, for phrases and exclusions. */
  texts: [string, string][];
}

self.onmessage = (event: MessageEvent<IndexRequest>) => {
  const search = new MiniSearch<SearchDocument>(indexOptions);
  search.addAll(event.data.documents);
  const reply: IndexReply = {
    generation: event.data.generation,
    index: search.toJSON(),
    texts: event.data.documents.map((doc) => [doc.id, documentText(doc)]),
  };
  self.postMessage(reply);
};

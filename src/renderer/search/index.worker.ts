// Web Worker: builds the catalogue's term index off the UI thread and hands its arrays back without copying.
import type { SearchDocument } from '../../core/search/documents';
import { INDEXED_FIELDS } from '../../core/search/search-index';
import { buildTermIndex, type TermIndexData } from '../../core/search/term-index';

export interface IndexRequest {
  generation: number;
  documents: SearchDocument[];
}

export interface IndexReply {
  generation: number;
  index: TermIndexData;
}

self.onmessage = (event: MessageEvent<IndexRequest>) => {
  const index = buildTermIndex(event.data.documents, INDEXED_FIELDS);
  const reply: IndexReply = { generation: event.data.generation, index };
  // The postings are most of the index: transferred, they move rather than being cloned.
  self.postMessage(reply, { transfer: [index.starts.buffer, index.docs.buffer, index.scores.buffer] });
};

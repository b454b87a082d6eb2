// Web Worker: builds the MiniSearch index off the UI thread and sends it back as a plain object.
import MiniSearch from 'minisearch';
import { documentText, indexOptions, type SearchDocument } from '../../core/search/documents';
import { vocabularyOf } from '../../core/search/search-index';

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
  /** Every folded word, for deciding when a typo needs fuzzy matching. */
  vocabulary: string[];
}

self.onmessage = (event: MessageEvent<IndexRequest>) => {
  const search = new MiniSearch<SearchDocument>(indexOptions);
  search.addAll(event.data.documents);
  const texts: [string, string][] = event.data.documents.map((doc) => [doc.id, documentText(doc)]);
  const reply: IndexReply = {
    generation: event.data.generation,
    index: search.toJSON(),
    texts,
    vocabulary: [...vocabularyOf(texts.map(([, text]) => text))],
  };
  self.postMessage(reply);
};

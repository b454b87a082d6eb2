// The catalogue's inverted index as flat typed arrays: every term's postings with their boosted BM25+
// score precomputed, so a keystroke only adds numbers. Plain data, so a worker can build and transfer it.
import { foldTerm, WORD_SEPARATOR } from './fold';

/** Index fields in order; their boosts are MiniSearch's query boosts (abstract counts 1). */
export interface IndexedField<D> {
  name: keyof D & string;
  boost: number;
}

/** MiniSearch's BM25+ defaults, kept so ranking stays what MiniSearch gives for the same options. */
const BM25 = { k: 1.2, b: 0.7, d: 0.5 };

export interface TermIndexData {
  /** Document number → document id, in the order documents were added. */
  ids: string[];
  /** Term number → folded term. */
  terms: string[];
  /** Term number t's postings are entries starts[t] to starts[t + 1] - 1 of `docs` and `scores`. */
  starts: Uint32Array;
  /** Document numbers, ascending within a term. */
  docs: Uint32Array;
  /** The term's score in that document: Σ over fields of boost × BM25+, as MiniSearch computes it. */
  scores: Float64Array;
  /**
   * Per document, its folded words with single spaces, fields joined by " | " and a space at both
   * ends: phrases and exclusions are checked against it as ` word word `.
   */
  texts: string[];
}

/** An Int32Array that grows: the builder's scratch without millions of boxed numbers. */
class GrowingInts {
  values = new Int32Array(1024);
  length = 0;
  private fit(size: number): void {
    if (size <= this.values.length) return;
    let capacity = this.values.length * 2;
    while (capacity < size) capacity *= 2;
    const bigger = new Int32Array(capacity);
    bigger.set(this.values);
    this.values = bigger;
  }
  push(value: number): void {
    this.set(this.length, value);
  }
  set(index: number, value: number): void {
    this.fit(index + 1);
    this.values[index] = value;
    if (index >= this.length) this.length = index + 1;
  }
  /** Adds one at `index` (unset entries count as zero). */
  increment(index: number): void {
    this.set(index, this.get(index) + 1);
  }
  get(index: number): number {
    return index < this.length ? this.values[index]! : 0;
  }
}

/**
 * Collects documents one at a time (so a caller may yield between them), then lays the postings out
 * in `finish`. Term frequencies and field lengths are counted the way MiniSearch counts them: a
 * field's length is its number of distinct raw tokens.
 */
export class TermIndexBuilder<D extends { id: string }> {
  private readonly fields: IndexedField<D>[];
  private readonly termIds = new Map<string, number>();
  private readonly terms: string[] = [];
  private readonly ids: string[] = [];
  /** Per document, its (term, field, frequency) triples: entries tripleStarts[d] to tripleStarts[d + 1] - 1. */
  private readonly tripleTerms = new GrowingInts();
  private readonly tripleFields = new GrowingInts();
  private readonly tripleCounts = new GrowingInts();
  private readonly tripleStarts = new GrowingInts();
  /** [term × fields + field]: how many documents have the term in that field. */
  private readonly fieldDocCounts = new GrowingInts();
  /** [term]: how many documents have the term in any field (its postings). */
  private readonly postingCounts = new GrowingInts();
  /** [term]: the last document that had it, plus one (so zero means none yet). */
  private readonly lastDoc = new GrowingInts();
  /** [document × fields + field]. */
  private readonly fieldLengths = new GrowingInts();
  private readonly fieldLengthSums: number[];
  /** Raw token → its number, and per raw token its term number (-1 when it folds to nothing). */
  private readonly rawIds = new Map<string, number>();
  private readonly rawTerms = new GrowingInts();
  /** Per raw token, the last field (by stamp) it was counted in: a field's length is its distinct raw tokens. */
  private readonly rawSeenIn = new GrowingInts();
  private fieldStamp = 0;
  /** Per term, its count in the field being read; back to zero after each field. */
  private readonly termCounts = new GrowingInts();
  private readonly texts: string[] = [];

  constructor(fields: IndexedField<D>[]) {
    this.fields = fields;
    this.fieldLengthSums = fields.map(() => 0);
    this.tripleStarts.push(0);
  }

  add(doc: D): void {
    const docNumber = this.ids.length;
    this.ids.push(doc.id);
    const F = this.fields.length;
    const fieldTexts: string[] = [];
    for (let f = 0; f < F; f += 1) {
      const tokens = String(doc[this.fields[f]!.name] ?? '').split(WORD_SEPARATOR);
      const stamp = (this.fieldStamp += 1);
      let distinct = 0;
      const words: string[] = [];
      const touched: number[] = [];
      for (const token of tokens) {
        const raw = this.rawNumber(token);
        if (this.rawSeenIn.get(raw) !== stamp) {
          this.rawSeenIn.set(raw, stamp);
          distinct += 1;
        }
        const term = this.rawTerms.values[raw]!;
        if (term < 0) continue;
        words.push(this.terms[term]!);
        const count = this.termCounts.get(term);
        if (count === 0) touched.push(term);
        this.termCounts.set(term, count + 1);
      }
      this.fieldLengths.push(distinct);
      this.fieldLengthSums[f]! += distinct;
      fieldTexts.push(words.join(' '));
      for (const term of touched) {
        this.tripleTerms.push(term);
        this.tripleFields.push(f);
        this.tripleCounts.push(this.termCounts.get(term));
        this.termCounts.set(term, 0);
        this.fieldDocCounts.increment(term * F + f);
        if (this.lastDoc.get(term) !== docNumber + 1) {
          this.lastDoc.set(term, docNumber + 1);
          this.postingCounts.increment(term);
        }
      }
    }
    this.tripleStarts.push(this.tripleTerms.length);
    this.texts.push(` ${fieldTexts.join(' | ')} `);
  }

  /** Raw tokens repeat far more than they vary: fold each distinct one once. */
  private rawNumber(token: string): number {
    let raw = this.rawIds.get(token);
    if (raw === undefined) {
      raw = this.rawIds.size;
      this.rawIds.set(token, raw);
      const folded = token === '' ? '' : foldTerm(token);
      this.rawTerms.set(raw, folded === '' ? -1 : this.termNumber(folded));
    }
    return raw;
  }

  private termNumber(term: string): number {
    let id = this.termIds.get(term);
    if (id === undefined) {
      id = this.terms.length;
      this.termIds.set(term, id);
      this.terms.push(term);
    }
    return id;
  }

  finish(): TermIndexData {
    const F = this.fields.length;
    const N = this.ids.length;
    const T = this.terms.length;
    const starts = new Uint32Array(T + 1);
    for (let t = 0; t < T; t += 1) starts[t + 1] = starts[t]! + this.postingCounts.get(t);
    const docs = new Uint32Array(starts[T]!);
    const scores = new Float64Array(starts[T]!);
    const cursor = starts.slice(0, T);
    const averages = this.fieldLengthSums.map((sum) => sum / Math.max(1, N));
    // A term's fields in one document add up to one posting.
    const sum = new Float64Array(T);
    const seenIn = new Int32Array(T).fill(-1);
    const touched: number[] = [];
    for (let d = 0; d < N; d += 1) {
      for (let i = this.tripleStarts.get(d); i < this.tripleStarts.get(d + 1); i += 1) {
        const term = this.tripleTerms.values[i]!;
        const f = this.tripleFields.values[i]!;
        const fieldLength = this.fieldLengths.values[d * F + f]!;
        const bm25 = bm25Plus(
          this.tripleCounts.values[i]!,
          this.fieldDocCounts.get(term * F + f),
          N,
          fieldLength,
          averages[f]!,
        );
        if (seenIn[term] !== d) {
          seenIn[term] = d;
          touched.push(term);
        }
        sum[term]! += this.fields[f]!.boost * bm25;
      }
      for (const term of touched) {
        const at = cursor[term]!++;
        docs[at] = d;
        scores[at] = sum[term]!;
        sum[term] = 0;
      }
      touched.length = 0;
    }
    return { ids: this.ids, terms: this.terms, starts, docs, scores, texts: this.texts };
  }
}

/** MiniSearch's calcBM25Score. */
function bm25Plus(
  termCount: number,
  docsWithTerm: number,
  docCount: number,
  fieldLength: number,
  averageLength: number,
): number {
  const { k, b, d } = BM25;
  const idf = Math.log(1 + (docCount - docsWithTerm + 0.5) / (docsWithTerm + 0.5));
  return idf * (d + (termCount * (k + 1)) / (termCount + k * (1 - b + (b * fieldLength) / averageLength)));
}

export function buildTermIndex<D extends { id: string }>(docs: Iterable<D>, fields: IndexedField<D>[]): TermIndexData {
  const builder = new TermIndexBuilder(fields);
  for (const doc of docs) builder.add(doc);
  return builder.finish();
}

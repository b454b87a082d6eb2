// Catalogue search at 1k, 10k and 100k generated sessions: index build time, memory and p50/p95 query
// latency (prefix, fuzzy, multi-word), against a bare MiniSearch and SQLite FTS5 over the same data.
import os from 'node:os';
import vm from 'node:vm';
import v8 from 'node:v8';
import { performance } from 'node:perf_hooks';
import Database from 'better-sqlite3';
import MiniSearch from 'minisearch';
import { SEARCH_FIELDS, toSearchDocument, type SearchDocument } from '../../../src/core/search/documents';
import { emptyFilters } from '../../../src/core/search/filters';
import { searchCatalogue } from '../../../src/core/search/search-catalogue';
import { buildIndex, runQuery } from '../../../src/core/search/search-index';
import type { SessionView } from '../../../src/shared/types';
import type { BenchCase } from '../harness';
import { generateCatalogue, random, vocabulary, type Vocabulary } from '../generate-catalogue';

v8.setFlagsFromString('--expose_gc');
const gc = vm.runInNewContext('gc') as () => void;

const SIZES = [
  { size: 1_000, runs: 10 },
  { size: 10_000, runs: 3 },
  { size: 100_000, runs: 1 },
];
const QUERY_KINDS = ['prefix', 'fuzzy', 'multi-word'] as const;
type QueryKind = (typeof QUERY_KINDS)[number];

/** Queries as people type them, drawn from the real titles: a word's start, a word with a typo, two words. */
function querySet(vocab: Vocabulary): Record<QueryKind, string[]> {
  const next = random(7);
  const long = vocab.titleWords.filter((w) => w.length >= 7);
  const pick = <T>(list: T[]): T => list[Math.floor(next() * list.length)]!;
  const prefix = Array.from({ length: 12 }, () => pick(long).slice(0, 4).toLowerCase());
  const fuzzy = Array.from({ length: 12 }, () => {
    const word = pick(long).toLowerCase();
    const at = 1 + Math.floor(next() * (word.length - 2));
    return word.slice(0, at) + word.slice(at + 1); // one letter dropped
  });
  const multi = Array.from({ length: 12 }, () => {
    const words = pick(vocab.sessions).title.split(/\s+/).filter((w) => /^\p{L}{3,}$/u.test(w));
    const at = Math.floor(next() * Math.max(1, words.length - 1));
    return words.slice(at, at + 2).join(' ').toLowerCase();
  });
  return { prefix, fuzzy, 'multi-word': multi };
}

interface Latency {
  p50: number;
  p95: number;
  hits: number;
}

function latency(queries: string[], runs: number, search: (q: string) => number): Latency {
  const times: number[] = [];
  let hits = 0;
  for (const q of queries) search(q); // warm-up
  for (let r = 0; r < runs; r += 1) {
    for (const q of queries) {
      const start = performance.now();
      hits += search(q);
      times.push(performance.now() - start);
    }
  }
  times.sort((a, b) => a - b);
  return {
    p50: times[Math.floor(times.length * 0.5)]!,
    p95: times[Math.min(times.length - 1, Math.floor(times.length * 0.95))]!,
    hits: Math.round(hits / runs / queries.length),
  };
}

interface Measured {
  buildMs: number;
  memoryMb: number;
  queries: Record<QueryKind, Latency>;
  /** The app's whole keystroke path: search plus filters and facet counts. */
  keystroke?: Record<QueryKind, Latency>;
}

function heapMb(): number {
  gc();
  return process.memoryUsage().heapUsed / 1e6;
}

function timed<T>(build: () => T): { value: T; ms: number } {
  const start = performance.now();
  const value = build();
  return { value, ms: performance.now() - start };
}

function measureKubeplan(sessions: SessionView[], queries: Record<QueryKind, string[]>, runs: number): Measured {
  const before = heapMb();
  const { value: index, ms } = timed(() => buildIndex(sessions));
  const memoryMb = heapMb() - before;
  const byId = new Map(sessions.map((s) => [s.id, s]));
  const now = new Date('2026-03-24T12:00:00Z');
  const filters = emptyFilters();
  const result = {} as Measured['queries'];
  const keystroke = {} as Measured['queries'];
  for (const kind of QUERY_KINDS) {
    result[kind] = latency(queries[kind], runs, (q) => runQuery(index, q)?.length ?? 0);
    keystroke[kind] = latency(queries[kind], runs, (q) => searchCatalogue(index, byId, q, filters, now).hits.length);
  }
  return { buildMs: ms, memoryMb, queries: result, keystroke };
}

function measureBareMiniSearch(docs: SearchDocument[], queries: Record<QueryKind, string[]>, runs: number): Measured {
  const before = heapMb();
  const { value: index, ms } = timed(() => {
    const search = new MiniSearch<SearchDocument>({ fields: [...SEARCH_FIELDS] });
    search.addAll(docs);
    return search;
  });
  const memoryMb = heapMb() - before;
  const options = { prefix: true, fuzzy: 0.2, combineWith: 'AND' } as const;
  const result = {} as Measured['queries'];
  for (const kind of QUERY_KINDS) result[kind] = latency(queries[kind], runs, (q) => index.search(q, options).length);
  return { buildMs: ms, memoryMb, queries: result };
}

/** FTS5 has prefix queries (`word*`) but no fuzzy matching: a typo is searched as typed. */
function ftsQuery(q: string): string {
  const words = q.split(/\s+/).filter(Boolean).map((w) => `"${w.replace(/"/g, '')}"`);
  return `${words.join(' ')}*`;
}

function measureFts5(docs: SearchDocument[], queries: Record<QueryKind, string[]>, runs: number): Measured {
  const db = new Database(':memory:');
  const { ms } = timed(() => {
    db.exec(
      `CREATE VIRTUAL TABLE docs USING fts5(${SEARCH_FIELDS.join(', ')}, tokenize = 'unicode61 remove_diacritics 2')`,
    );
    const insert = db.prepare(`INSERT INTO docs (${SEARCH_FIELDS.join(', ')}) VALUES (${SEARCH_FIELDS.map(() => '?').join(', ')})`);
    db.transaction(() => {
      for (const doc of docs) insert.run(...SEARCH_FIELDS.map((f) => doc[f]));
    })();
  });
  const pages = db.pragma('page_count', { simple: true }) as number;
  const pageSize = db.pragma('page_size', { simple: true }) as number;
  const select = db.prepare('SELECT rowid FROM docs WHERE docs MATCH ? ORDER BY bm25(docs, 3, 3, 1.5, 1, 1.2, 1, 1.1)').pluck();
  const result = {} as Measured['queries'];
  for (const kind of QUERY_KINDS) result[kind] = latency(queries[kind], runs, (q) => select.all(ftsQuery(q)).length);
  db.close();
  return { buildMs: ms, memoryMb: (pages * pageSize) / 1e6, queries: result };
}

const f = (ms: number) => (ms >= 100 ? ms.toFixed(0) : ms.toFixed(2));
const ratio = (a: number, b: number) => `${(a / b).toFixed(2)}x`;

function print(size: number, ours: Measured, bare: Measured, fts: Measured): void {
  console.log(`\n### ${size.toLocaleString('en')} sessions`);
  console.log(
    `index build   kubeplan ${f(ours.buildMs)} ms | bare MiniSearch ${f(bare.buildMs)} ms = ${ratio(ours.buildMs, bare.buildMs)} | FTS5 ${f(fts.buildMs)} ms = ${ratio(ours.buildMs, fts.buildMs)}`,
  );
  console.log(
    `memory        kubeplan ${ours.memoryMb.toFixed(1)} MB heap | bare MiniSearch ${bare.memoryMb.toFixed(1)} MB = ${ratio(ours.memoryMb, bare.memoryMb)} | FTS5 ${fts.memoryMb.toFixed(1)} MB db = ${ratio(ours.memoryMb, fts.memoryMb)}`,
  );
  for (const kind of QUERY_KINDS) {
    const o = ours.queries[kind];
    const b = bare.queries[kind];
    const s = fts.queries[kind];
    console.log(
      `${kind.padEnd(13)} kubeplan p50 ${f(o.p50)} p95 ${f(o.p95)} ms (${o.hits} hits) | bare MiniSearch p50 ${ratio(o.p50, b.p50)} p95 ${ratio(o.p95, b.p95)} (${b.hits} hits) | FTS5 p50 ${ratio(o.p50, s.p50)} p95 ${ratio(o.p95, s.p95)} (${s.hits} hits)`,
    );
  }
  for (const kind of QUERY_KINDS) {
    const k = ours.keystroke![kind];
    console.log(`${`keystroke ${kind}`.padEnd(24)} search + filters + facets: p50 ${f(k.p50)} p95 ${f(k.p95)} ms`);
  }
  if (size === 10_000) {
    const worst = Math.max(...QUERY_KINDS.map((k) => ours.queries[k].p95));
    console.log(`target p95 < 5 ms at 10k: worst p95 ${f(worst)} ms → ${worst < 5 ? 'met' : 'NOT met on this machine'}`);
  }
}

export const catalogueSearch: BenchCase = {
  title: 'Catalogue search (1k / 10k / 100k generated sessions)',
  run() {
    const vocab = vocabulary();
    const queries = querySet(vocab);
    console.log(`vocabulary: ${vocab.sessions.length} real sessions, ${vocab.titleWords.length} title words, ${vocab.sentences.length} abstract sentences`);
    console.log(`queries: prefix ${queries.prefix.slice(0, 4).join(', ')}…; fuzzy ${queries.fuzzy.slice(0, 4).join(', ')}…; multi-word ${queries['multi-word'].slice(0, 3).join(' / ')}…`);
    // Absolute times swing with the machine's load; the ratios, measured side by side, hold.
    console.log(`load average ${os.loadavg().map((l) => l.toFixed(1)).join(' ')} on ${os.cpus().length} cores`);
    const only = process.env['BENCH_SIZES']?.split(',').map(Number);
    for (const { size, runs } of SIZES) {
      if (only && !only.includes(size)) continue;
      const sessions = generateCatalogue(vocab, size);
      const docs = sessions.map(toSearchDocument);
      // One after the other, each index dropped before the next is built, so memory is its own.
      const ours = measureKubeplan(sessions, queries, runs);
      const bare = measureBareMiniSearch(docs, queries, runs);
      const fts = measureFts5(docs, queries, runs);
      print(size, ours, bare, fts);
    }
  },
};

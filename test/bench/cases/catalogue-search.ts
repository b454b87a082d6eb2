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
  // Enough samples at 10k that p95 is not decided by one or two preempted queries.
  { size: 10_000, runs: 10 },
  // Several runs at 100k too, so its p95 is not simply the slowest query.
  { size: 100_000, runs: 4 },
];
const QUERY_KINDS = ['prefix', 'fuzzy', 'multi-word', 'typing'] as const;
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
    const words = pick(vocab.sessions)
      .title.split(/\s+/)
      .filter((w) => /^\p{L}{3,}$/u.test(w));
    const at = Math.floor(next() * Math.max(1, words.length - 1));
    return words
      .slice(at, at + 2)
      .join(' ')
      .toLowerCase();
  });
  // Keystroke by keystroke, as a word is typed: the first letters match most of the catalogue.
  const typing = ['k', 'ku', 'kub', 'kube', 's', 'se', 'sec', 'secu', 'o', 'ob', 'obs', 'obse'];
  return { prefix, fuzzy, 'multi-word': multi, typing };
}

interface Latency {
  p50: number;
  p95: number;
  hits: number;
}

interface System {
  name: string;
  search: (query: string) => number;
}

function percentiles(times: number[], hits: number, samples: number): Latency {
  times.sort((a, b) => a - b);
  return {
    p50: times[Math.floor(times.length * 0.5)]!,
    p95: times[Math.min(times.length - 1, Math.floor(times.length * 0.95))]!,
    hits: Math.round(hits / samples),
  };
}

/**
 * Every query runs on every system back to back, so a busy machine slows all of them alike and the
 * ratios hold even when absolute times swing.
 */
function interleaved(queries: string[], runs: number, systems: System[]): Latency[] {
  const times = systems.map((): number[] => []);
  const hits = systems.map(() => 0);
  for (const q of queries) for (const system of systems) system.search(q); // warm-up
  for (let r = 0; r < runs; r += 1) {
    for (const q of queries) {
      systems.forEach((system, i) => {
        const start = performance.now();
        hits[i]! += system.search(q);
        times[i]!.push(performance.now() - start);
      });
    }
  }
  return systems.map((_, i) => percentiles(times[i]!, hits[i]!, runs * queries.length));
}

interface Built<T> {
  value: T;
  buildMs: number;
  memoryMb: number;
}

/** The JS heap and the typed arrays' memory outside it (postings, facet tables). */
function heapMb(): number {
  gc();
  const { heapUsed, arrayBuffers } = process.memoryUsage();
  return (heapUsed + arrayBuffers) / 1e6;
}

/** Builds an index and measures its time and the heap it keeps. */
function built<T>(build: () => T): Built<T> {
  const before = heapMb();
  const start = performance.now();
  const value = build();
  const buildMs = performance.now() - start;
  return { value, buildMs, memoryMb: heapMb() - before };
}

function bareMiniSearch(docs: SearchDocument[]): MiniSearch<SearchDocument> {
  const search = new MiniSearch<SearchDocument>({ fields: [...SEARCH_FIELDS] });
  search.addAll(docs);
  return search;
}

function fts5(docs: SearchDocument[]): Database.Database {
  const db = new Database(':memory:');
  db.exec(
    `CREATE VIRTUAL TABLE docs USING fts5(${SEARCH_FIELDS.join(', ')}, tokenize = 'unicode61 remove_diacritics 2')`,
  );
  const insert = db.prepare(
    `INSERT INTO docs (${SEARCH_FIELDS.join(', ')}) VALUES (${SEARCH_FIELDS.map(() => '?').join(', ')})`,
  );
  db.transaction(() => {
    for (const doc of docs) insert.run(...SEARCH_FIELDS.map((field) => doc[field]));
  })();
  return db;
}

/** FTS5 has prefix queries (`word*`) but no fuzzy matching: a typo is searched as typed. */
function ftsQuery(q: string): string {
  const words = q
    .split(/\s+/)
    .filter(Boolean)
    .map((w) => `"${w.replace(/"/g, '')}"`);
  return `${words.join(' ')}*`;
}

interface Report {
  build: { ours: number; bare: number; fts: number };
  memory: { ours: number; bare: number; fts: number };
  /** Per query kind: kubeplan's search, its whole keystroke path, bare MiniSearch, FTS5. */
  latency: Record<QueryKind, { ours: Latency; keystroke: Latency; bare: Latency; fts: Latency }>;
}

function measure(sessions: SessionView[], queries: Record<QueryKind, string[]>, runs: number): Report {
  const docs = sessions.map(toSearchDocument);
  const ours = built(() => buildIndex(sessions));
  const bare = built(() => bareMiniSearch(docs));
  const ftsStart = performance.now();
  const db = fts5(docs);
  const ftsMs = performance.now() - ftsStart;
  const pages = db.pragma('page_count', { simple: true }) as number;
  const pageSize = db.pragma('page_size', { simple: true }) as number;

  const now = new Date('2026-03-24T12:00:00Z');
  const filters = emptyFilters();
  const bareOptions = { prefix: true, fuzzy: 0.2, combineWith: 'AND' } as const;
  const select = db
    .prepare('SELECT rowid FROM docs WHERE docs MATCH ? ORDER BY bm25(docs, 3, 3, 1.5, 1, 1.2, 1, 1.1)')
    .pluck();
  const systems: System[] = [
    { name: 'kubeplan', search: (q) => runQuery(ours.value, q)?.sessions.length ?? 0 },
    { name: 'keystroke', search: (q) => searchCatalogue(ours.value, q, filters, now).found.length },
    { name: 'bare', search: (q) => bare.value.search(q, bareOptions).length },
    { name: 'fts', search: (q) => select.all(ftsQuery(q)).length },
  ];
  const latency = {} as Report['latency'];
  for (const kind of QUERY_KINDS) {
    const [o, k, b, s] = interleaved(queries[kind], runs, systems);
    latency[kind] = { ours: o!, keystroke: k!, bare: b!, fts: s! };
  }
  db.close();
  return {
    build: { ours: ours.buildMs, bare: bare.buildMs, fts: ftsMs },
    memory: { ours: ours.memoryMb, bare: bare.memoryMb, fts: (pages * pageSize) / 1e6 },
    latency,
  };
}

const f = (ms: number) => (ms >= 100 ? ms.toFixed(0) : ms.toFixed(2));
const ratio = (a: number, b: number) => `${(a / b).toFixed(2)}x`;

function print(size: number, r: Report): void {
  console.log(`\n### ${size.toLocaleString('en')} sessions`);
  console.log(
    `index build   kubeplan ${f(r.build.ours)} ms | bare MiniSearch ${f(r.build.bare)} ms = ${ratio(r.build.ours, r.build.bare)} | FTS5 ${f(r.build.fts)} ms = ${ratio(r.build.ours, r.build.fts)}`,
  );
  console.log(
    `memory        kubeplan ${r.memory.ours.toFixed(1)} MB heap + array buffers | bare MiniSearch ${r.memory.bare.toFixed(1)} MB = ${ratio(r.memory.ours, r.memory.bare)} | FTS5 ${r.memory.fts.toFixed(1)} MB db = ${ratio(r.memory.ours, r.memory.fts)}`,
  );
  for (const kind of QUERY_KINDS) {
    const { ours: o, bare: b, fts: s } = r.latency[kind];
    console.log(
      `${kind.padEnd(13)} kubeplan p50 ${f(o.p50)} p95 ${f(o.p95)} ms (${o.hits} hits) | bare MiniSearch p50 ${ratio(o.p50, b.p50)} p95 ${ratio(o.p95, b.p95)} (${b.hits} hits) | FTS5 p50 ${ratio(o.p50, s.p50)} p95 ${ratio(o.p95, s.p95)} (${s.hits} hits)`,
    );
  }
  for (const kind of QUERY_KINDS) {
    const k = r.latency[kind].keystroke;
    console.log(`${`keystroke ${kind}`.padEnd(24)} search + filters + facets: p50 ${f(k.p50)} p95 ${f(k.p95)} ms`);
  }
  if (size === 100_000) {
    const worst = Math.max(...QUERY_KINDS.map((k) => r.latency[k].keystroke.p95));
    console.log(
      `goal keystroke p95 ≤ 20 ms at 100k: worst p95 ${f(worst)} ms → ${worst <= 20 ? 'met' : 'NOT met on this machine'}`,
    );
  }
  if (size === 10_000) {
    const worst = Math.max(...QUERY_KINDS.map((k) => r.latency[k].ours.p95));
    console.log(
      `target p95 < 5 ms at 10k: worst p95 ${f(worst)} ms → ${worst < 5 ? 'met' : 'NOT met on this machine'}`,
    );
  }
}

export const catalogueSearch: BenchCase = {
  title: 'Catalogue search (1k / 10k / 100k generated sessions)',
  run() {
    const vocab = vocabulary();
    const queries = querySet(vocab);
    console.log(
      `vocabulary: ${vocab.sessions.length} real sessions, ${vocab.titleWords.length} title words, ${vocab.sentences.length} abstract sentences`,
    );
    console.log(
      `queries: prefix ${queries.prefix.slice(0, 4).join(', ')}…; fuzzy ${queries.fuzzy.slice(0, 4).join(', ')}…; multi-word ${queries['multi-word'].slice(0, 3).join(' / ')}…`,
    );
    // Absolute times swing with the machine's load; the ratios, measured side by side, hold.
    console.log(
      `load average ${os
        .loadavg()
        .map((l) => l.toFixed(1))
        .join(' ')} on ${os.cpus().length} cores`,
    );
    const only = process.env['BENCH_SIZES']?.split(',').map(Number);
    for (const { size, runs } of SIZES) {
      if (only && !only.includes(size)) continue;
      print(size, measure(generateCatalogue(vocab, size), queries, runs));
    }
  },
};

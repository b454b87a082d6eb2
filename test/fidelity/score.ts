// Scores the feed scraper against a hand-checked gold, field by field, with the gold's conventions:
// Unicode form, whitespace, quote and dash styles and letter case are not differences, any of an
// entry's titleAlternatives is a right title, and a translated title is not judged.
import fs from 'node:fs';
import path from 'node:path';
import { scrapeFeed } from '../../src/core/feed/scrape-feed';
import { readTextFile } from '../../src/core/text/read-text-file';
import type { SessionRecord } from '../../src/shared/types';

export interface GoldEntry {
  id: string;
  title: string;
  titleAlternatives: string[];
  kind: string;
  event: string | null;
  track: string | null;
  date: string | null;
  start: string | null;
  end: string | null;
  speakers: [string, string | null][];
  translatedTitle: boolean;
  note?: string;
}

export interface Gold {
  about: string;
  feeds: Record<string, GoldEntry[]>;
}

export const FIELDS = ['title', 'kind', 'event', 'track', 'date', 'start', 'end', 'speakers'] as const;
export type Field = (typeof FIELDS)[number];

/** The fields a session needs right to be usable in an agenda: "all right". */
export const ALL_RIGHT: readonly Field[] = ['title', 'speakers', 'date', 'start', 'end'];

export interface Miss {
  feed: string;
  id: string;
  field: Field | 'found';
  expected: string;
  got: string;
}

export interface FeedScore {
  feed: string;
  sessions: number;
  allRight: number;
  error: string | null;
}

export interface Score {
  sessions: number;
  /** Sessions judged per field (translated titles are not judged) and how many were right. */
  fields: Record<Field, { judged: number; right: number }>;
  allRight: number;
  notFound: number;
  /** Sched ids the scraper found that the gold does not list. */
  extra: { feed: string; id: string; title: string }[];
  misses: Miss[];
  feeds: FeedScore[];
}

/** The gold's "not a difference": Unicode form, whitespace, quote and dash styles, letter case. */
export function normal(text: string | null | undefined): string {
  if (text == null) return '';
  return text
    .normalize('NFKC')
    .replace(/[\u2018\u2019\u201a\u201b\u2032`´]/g, "'")
    .replace(/[\u201c\u201d\u201e\u201f\u2033«»]/g, '"')
    .replace(/[\u2010-\u2015\u2212\ufe58\ufe63\uff0d]/g, '-')
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase();
}

/** The local wall-clock time of an ISO instant as the post wrote it ("14:50"). */
function clock(iso: string | null): string | null {
  const m = iso ? /T(\d\d:\d\d)/.exec(iso) : null;
  return m ? m[1]! : null;
}

function speakersText(list: [string, string | null][]): string {
  return list.length === 0 ? '(none)' : list.map(([n, a]) => (a ? `${n} (${a})` : n)).join('; ');
}

function sameSpeakers(want: [string, string | null][], got: SessionRecord['speakers']): boolean {
  return (
    want.length === got.length &&
    want.every(([name, aff], i) => normal(name) === normal(got[i]!.name) && normal(aff) === normal(got[i]!.affiliation))
  );
}

function show(value: string | null): string {
  return value == null ? '(none)' : JSON.stringify(value);
}

/** Judges one gold entry against the session scraped for its id; the fields it got wrong. */
function judge(want: GoldEntry, got: SessionRecord): { field: Field; expected: string; got: string }[] {
  const wrong: { field: Field; expected: string; got: string }[] = [];
  const plain = (field: Field, expected: string | null, actual: string | null) => {
    if (normal(expected) !== normal(actual)) wrong.push({ field, expected: show(expected), got: show(actual) });
  };
  if (!want.translatedTitle) {
    const titles = [want.title, ...want.titleAlternatives].map(normal);
    if (!titles.includes(normal(got.title)))
      wrong.push({ field: 'title', expected: show(want.title), got: show(got.title) });
  }
  plain('kind', want.kind, got.kind);
  plain('event', want.event, got.event);
  plain('track', want.track, got.track);
  plain('date', want.date, got.date);
  plain('start', want.start, clock(got.start));
  plain('end', want.end, clock(got.end));
  const gotSpeakers = got.speakers.map((s) => [s.name, s.affiliation] as [string, string | null]);
  if (!sameSpeakers(want.speakers, got.speakers))
    wrong.push({ field: 'speakers', expected: speakersText(want.speakers), got: speakersText(gotSpeakers) });
  return wrong;
}

function emptyFields(): Score['fields'] {
  return Object.fromEntries(FIELDS.map((f) => [f, { judged: 0, right: 0 }])) as Score['fields'];
}

/** Scrapes every feed the gold names (files in feedDir) and scores what came out. */
export function scoreCorpus(gold: Gold, feedDir: string): Score {
  const score: Score = {
    sessions: 0,
    fields: emptyFields(),
    allRight: 0,
    notFound: 0,
    extra: [],
    misses: [],
    feeds: [],
  };
  for (const [feed, entries] of Object.entries(gold.feeds)) {
    const file = path.join(feedDir, feed);
    let sessions: SessionRecord[] = [];
    let error: string | null = null;
    try {
      sessions = scrapeFeed(readTextFile(file), file).sessions;
    } catch (e) {
      error = e instanceof Error ? e.message : String(e);
    }
    const byId = new Map(sessions.map((s) => [s.sessionKey, s]));
    const feedScore: FeedScore = { feed, sessions: entries.length, allRight: 0, error };
    for (const want of entries) {
      score.sessions += 1;
      const got = byId.get(want.id);
      byId.delete(want.id);
      if (!got) {
        score.notFound += 1;
        for (const f of FIELDS) if (f !== 'title' || !want.translatedTitle) score.fields[f].judged += 1;
        score.misses.push({ feed, id: want.id, field: 'found', expected: show(want.title), got: '(not found)' });
        continue;
      }
      const wrong = judge(want, got);
      for (const f of FIELDS) {
        if (f === 'title' && want.translatedTitle) continue;
        score.fields[f].judged += 1;
        if (!wrong.some((w) => w.field === f)) score.fields[f].right += 1;
      }
      if (!wrong.some((w) => ALL_RIGHT.includes(w.field))) {
        score.allRight += 1;
        feedScore.allRight += 1;
      }
      for (const w of wrong) score.misses.push({ feed, id: want.id, ...w });
    }
    for (const s of byId.values())
      if (s.url && /sched\.(?:com|co)\//.test(s.url)) score.extra.push({ feed, id: s.sessionKey, title: s.title });
    score.feeds.push(feedScore);
  }
  return score;
}

export function readGold(file: string): Gold {
  return JSON.parse(fs.readFileSync(file, 'utf8')) as Gold;
}

export function share(right: number, of: number): number {
  return of === 0 ? 1 : right / of;
}

// Importing schedules (parse + merge + store) against a bare better-sqlite3 insert of the same rows in one transaction.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseSchedule } from '../../../src/core/importers/parse-schedule';
import { importSchedule } from '../../../src/core/importers/import-schedule';
import type { ImportOptions } from '../../../src/core/importers/import-options';
import { applyImport } from '../../../src/core/store/apply-import';
import type { Db } from '../../../src/core/store/db';
import { openStore } from '../../../src/core/store/open-store';
import { matchKey } from '../../../src/core/text/normalize';
import type { SessionRecord } from '../../../src/shared/types';
import { generateFrabSchedule } from '../generate-schedule';
import { measureInterleaved, report, type BenchCase, type Measured } from '../harness';

const SCHED = path.resolve(import.meta.dirname, '../../fixtures/schedules/sched-kccnceu2026-all.ics');

/** A fresh database file per run, as a first import would find it. */
function freshDb(): { db: Db; done: () => void } {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kubeplan-bench-'));
  const db = openStore(path.join(dir, 'bench.db'));
  return { db, done: () => (db.close(), fs.rmSync(dir, { recursive: true, force: true })) };
}

/** The rows an import writes (sessions, speakers and links, provenance, change log), inserted directly. */
function bareInsert(db: Db, records: SessionRecord[]): void {
  const session = db.prepare(
    `INSERT INTO sessions (session_key, title, kind, url, day, start_utc, end_utc, time_zone, room, abstract, first_seen_at, updated_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const speaker = db.prepare<[string, string, string | null], { id: number }>(
    `INSERT INTO speakers (name, name_key, affiliation) VALUES (?, ?, ?)
     ON CONFLICT (name_key) DO UPDATE SET name = name RETURNING id`,
  );
  const link = db.prepare(
    'INSERT OR IGNORE INTO session_speakers (session_key, speaker_id, position, affiliation) VALUES (?, ?, ?, ?)',
  );
  const source = db.prepare("INSERT INTO sources (kind, location, created_at) VALUES ('schedule', 'bare', 'now')");
  const sourced = db.prepare(
    'INSERT INTO session_sources (source_id, record_id, session_key, record, seen_at) VALUES (?, ?, ?, ?, ?)',
  );
  const imp = db.prepare(
    "INSERT INTO imports (source_id, finished_at, new_count, changed_count, removed_count, unchanged_count) VALUES (?, 'now', 0, 0, 0, 0)",
  );
  const change = db.prepare("INSERT INTO changes (import_id, session_key, change, new_value) VALUES (?, ?, 'new', ?)");
  db.transaction(() => {
    const sourceId = Number(source.run().lastInsertRowid);
    const importId = Number(imp.run(sourceId).lastInsertRowid);
    for (const r of records) {
      session.run(
        r.sessionKey,
        r.title,
        r.kind,
        r.url,
        r.date,
        r.start,
        r.end,
        r.timeZone,
        r.room,
        r.abstract,
        'now',
        'now',
      );
      r.speakers.forEach((s, i) =>
        link.run(r.sessionKey, speaker.get(s.name, matchKey(s.name), s.affiliation)!.id, i, s.affiliation),
      );
      sourced.run(sourceId, r.sessionKey, r.sessionKey, JSON.stringify(r), 'now');
      change.run(importId, r.sessionKey, r.title);
    }
  })();
}

/** The three sides take turns run by run, so a busy machine slows them alike and the ratios hold. */
function compare(label: string, text: string, options: ImportOptions, runs: number): void {
  const records = parseSchedule(text, options).batch.sessions;
  const parsed = parseSchedule(text, options);
  // A database that already holds this schedule: importing it again changes nothing.
  const imported = freshDb();
  importSchedule(imported.db, text, options);
  const [bare, full, apply, again] = measureInterleaved(
    [
      {
        name: `bare insert (${label})`,
        fn: () => {
          const { db, done } = freshDb();
          bareInsert(db, records);
          done();
        },
      },
      {
        name: `import ${label}`,
        fn: () => {
          const { db, done } = freshDb();
          importSchedule(db, text, options);
          done();
        },
      },
      {
        name: `applyImport only, ${label}`,
        fn: () => {
          const { db, done } = freshDb();
          applyImport(db, parsed.batch);
          done();
        },
      },
      { name: `re-import ${label}, unchanged`, fn: () => void importSchedule(imported.db, text, options) },
    ],
    runs,
  ) as [Measured, Measured, Measured, Measured];
  imported.done();
  report(full, bare, `${records.length} sessions, parse included`);
  report(apply, bare, 'matching, merging, change log; no parse');
  report(again, full, 'the same file again, parse included; goal ≤ 0.3x');
}

export const scheduleImport: BenchCase = {
  title: 'Import schedules',
  run() {
    compare('KubeCon EU 2026 Sched .ics', fs.readFileSync(SCHED, 'utf8'), { file: 'all.ics', location: SCHED }, 9);
    compare('generated 10k', generateFrabSchedule(10_000), { file: 'gen10k.json', location: '/bench/gen10k.json' }, 5);
    // 100k takes minutes on a busy machine: npm run bench:big.
    if (process.env['BENCH_BIG'])
      compare(
        'generated 100k',
        generateFrabSchedule(100_000),
        { file: 'gen100k.json', location: '/bench/gen100k.json' },
        1,
      );
  },
};

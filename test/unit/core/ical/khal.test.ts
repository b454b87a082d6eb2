// Proof that a real calendar program accepts the exports: khal imports them into a temporary vdir
// calendar and lists them back. Skipped, with the reason, only where khal is not installed.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it, type TestContext } from 'vitest';
import { setStar } from '../../../../src/core/store/agenda';
import { exportSessions } from '../../../../src/core/use-cases/export-sessions';
import { AUTUMN_DST, DAY_ONLY, SPRING_DST, seedAgendaDb } from '../../../support/agenda-db';
import { SCHED_EVENT, schedRecords } from '../../../support/sched-records';
import { listSessions } from '../../../../src/core/store/read-sessions';
import { tempDb, tempDir } from '../../helpers';

const probe = spawnSync('khal', ['--version'], { encoding: 'utf8' });
const khalMissing = probe.error
  ? `khal is not installed (${probe.error.message})`
  : probe.status !== 0
    ? probe.stderr
    : null;

function requireKhal(ctx: TestContext): void {
  if (khalMissing) ctx.skip(`${khalMissing}; install the Debian package khal to run this check`);
}

/** A throwaway khal setup showing times in UTC, so the instants are checked, not just wall clocks. */
function khal() {
  const dir = tempDir();
  const calendar = path.join(dir, 'calendar');
  fs.mkdirSync(calendar);
  const config = path.join(dir, 'config');
  fs.writeFileSync(
    config,
    `[calendars]
[[kubeplan]]
path = ${calendar}
type = calendar
[locale]
timeformat = %H:%M
dateformat = %Y-%m-%d
longdateformat = %Y-%m-%d
datetimeformat = %Y-%m-%d %H:%M
longdatetimeformat = %Y-%m-%d %H:%M
local_timezone = UTC
default_timezone = UTC
[default]
default_calendar = kubeplan
[sqlite]
path = ${path.join(dir, 'khal.db')}
`,
  );
  const run = (args: string[]) => {
    const result = spawnSync('khal', ['-c', config, ...args], { encoding: 'utf8', env: { ...process.env, TZ: 'UTC' } });
    if (result.status !== 0) throw new Error(`khal ${args.join(' ')} failed: ${result.stderr}`);
    return result;
  };
  return {
    calendar,
    import(text: string) {
      const file = path.join(dir, 'export.ics');
      fs.writeFileSync(file, text);
      const result = run(['import', '--batch', file]);
      expect(result.stderr).not.toMatch(/error|warning/i);
    },
    list(from: string, to: string): string[] {
      return (
        run(['list', '--once', '--format', '{start}\t{end}\t{title}\t{location}', from, to])
          .stdout.split('\n')
          .filter((line) => line.includes('\t'))
          // Tabs separate the fields: titles themselves contain '|'.
          .map((line) => line.split('\t').join(' ¦ '))
      );
    },
  };
}

describe('exports accepted by khal', () => {
  it('imports the agenda with DST-crossing and escaped sessions at the right instants', (ctx) => {
    requireKhal(ctx);
    const { db } = tempDb();
    seedAgendaDb(db);
    for (const id of ['dst-spring', 'dst-autumn', 'day-only', 'no-day']) setStar(db, id, 'going');
    const exported = exportSessions({ db }, { kind: 'agenda', includeMaybe: false });
    const cal = khal();
    cal.import(exported.text);
    expect(cal.list('2026-03-01', '2026-11-30')).toEqual([
      `2026-03-25 ¦ 2026-03-25 ¦ ${DAY_ONLY.title} ¦ Zaal Ö, level 2`,
      // 01:30 CET to 04:00 CEST: 90 minutes, across the spring change.
      `2026-03-29 00:30 ¦ 2026-03-29 02:00 ¦ ${SPRING_DST.title} ¦ Zaal Ö, level 2`,
      // 01:00 CEST to 04:00 CET: four hours, across the autumn change.
      `2026-10-24 23:00 ¦ 2026-10-25 03:00 ¦ ${AUTUMN_DST.title} ¦ Zaal Ö, level 2`,
    ]);
    expect(fs.readdirSync(cal.calendar)).toHaveLength(3);
  });

  it('imports a whole event (the real Sched schedule) with every session, title and time', (ctx) => {
    requireKhal(ctx);
    const { db } = tempDb();
    seedAgendaDb(db);
    const exported = exportSessions({ db }, { kind: 'event', event: SCHED_EVENT });
    // What the store holds for the event (the store merges Sched's repeated speakerless slots such as
    // "Gold Sponsor In-Booth Demos"; that is the store's matching, not the export's).
    const records = listSessions(db).filter((s) => s.event === SCHED_EVENT);
    expect(records.length).toBeGreaterThan(60);
    expect(exported.eventCount).toBe(records.length);
    const cal = khal();
    cal.import(exported.text);
    const listed = cal.list('2026-03-24', '2026-03-25');
    expect(listed).toHaveLength(records.length);
    const utc = (iso: string) => new Date(iso).toISOString().slice(0, 16).replace('T', ' ');
    const expected = records.map((r) => `${utc(r.start!)} ¦ ${utc(r.end!)} ¦ ${r.title}`);
    expect(new Set(records.map((r) => r.title))).toEqual(new Set(schedRecords().map((r) => r.title)));
    expect(listed.map((line) => line.split(' ¦ ').slice(0, 3).join(' ¦ ')).sort()).toEqual(expected.sort());

    // Exporting again and re-importing updates the same events instead of duplicating them.
    cal.import(exportSessions({ db }, { kind: 'event', event: SCHED_EVENT }).text);
    expect(cal.list('2026-03-24', '2026-03-25')).toHaveLength(records.length);
  });
});

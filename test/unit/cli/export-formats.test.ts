// `kubeplan export --format frab-xml|schedule-json|csv`: the whole event, a track, a search or the agenda,
// written where -o says, with what was left out printed.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../../../src/cli/main';
import { openStore } from '../../../src/core/store/open-store';
import { IDS, seedAgendaDb } from '../../support/agenda-db';
import { KUBECON_EU_2026, importKubeconEu2026 } from '../../support/kubecon-eu-2026';
import { tempDir } from '../helpers';

async function run(args: string[]) {
  let stdout = '';
  let stderr = '';
  const code = await main(args, { stdout: (t) => (stdout += t), stderr: (t) => (stderr += t), env: {} });
  return { code, stdout, stderr };
}

function database(seed: (db: ReturnType<typeof openStore>) => void): string {
  const file = path.join(tempDir(), 'cli.db');
  const db = openStore(file);
  seed(db);
  db.close();
  return file;
}

describe('kubeplan export --format', () => {
  it('writes the whole event, a track and a search as schedule.json, schedule.xml and CSV', async () => {
    const db = database((d) => importKubeconEu2026(d));
    const dir = tempDir();
    const json = path.join(dir, 'kccnceu2026.json');
    const whole = await run([
      'export',
      '--event',
      KUBECON_EU_2026,
      '--format',
      'schedule-json',
      '-o',
      json,
      '--json',
      '--db',
      db,
    ]);
    expect(whole.code).toBe(0);
    expect(JSON.parse(whole.stdout)).toEqual({
      file: json,
      format: 'schedule-json',
      eventCount: 565,
      // The entries that are not sessions (565 + 31 = the export's 596), said rather than dropped silently.
      leftOut: { breaks: 12, logistics: 19, included: false },
      skippedNoDay: 0,
      skippedNoTime: 0,
      skippedRemoved: 0,
      skippedTooLong: 0,
    });
    expect(JSON.parse(fs.readFileSync(json, 'utf8'))).toMatchObject({
      schedule: { conference: { acronym: 'kccnceu2026', daysCount: 6 } },
    });

    const track = await run(['export', '--track', 'observability', '--format', 'frab-xml', '-o', '-', '--db', db]);
    expect(track.code).toBe(0);
    expect(track.stdout).toMatch(/^<\?xml version="1.0" encoding="UTF-8"\?>\n<schedule /);
    expect(track.stdout).toContain('<acronym>kccnceu2026_observability</acronym>');
    expect(track.stdout.match(/<event guid=/g)!.length).toBeGreaterThan(10);

    const csv = path.join(dir, 'thanos.csv');
    const search = await run(['export', '--query', 'thanos parquet', '--format', 'csv', '-o', csv, '--db', db]);
    expect(search).toMatchObject({ code: 0, stdout: `${csv}: 1 events\n`, stderr: '' });
    const lines = fs.readFileSync(csv, 'utf8').split('\r\n');
    expect(lines[0]).toMatch(/^\uFEFFTitle,Start,End,Room,Track,Type,Speakers,/);
    expect(lines[1]).toMatch(
      /^Accelerating Thanos at Scale: Faster and Cheaper Queries With Parquet,2026-03-2\d \d\d:\d\d,/,
    );
  });

  it('a whole event says what it left out (breaks, registration) and --include-breaks writes them too', async () => {
    const db = database((d) => importKubeconEu2026(d));
    const plain = await run(['export', '--event', KUBECON_EU_2026, '-o', '-', '--db', db]);
    expect(plain.code).toBe(0);
    const match =
      /^kubeplan: (\d+) entries that are not a session \((\d+) breaks, (\d+) logistics entries such as registration\) left out; --include-breaks writes them too$/m.exec(
        plain.stderr,
      );
    expect(match, plain.stderr).not.toBeNull();
    const [total, breaks, logistics] = match!.slice(1).map(Number) as [number, number, number];
    expect(total).toBe(breaks + logistics);
    expect(breaks).toBeGreaterThan(0);
    expect(logistics).toBeGreaterThan(0);
    expect(plain.stdout).not.toMatch(/^SUMMARY:Coffee Break/m);
    expect(plain.stdout).not.toMatch(/^SUMMARY:Badge Pick-Up/m);

    const all = await run(['export', '--event', KUBECON_EU_2026, '--include-breaks', '-o', '-', '--db', db]);
    expect(all).toMatchObject({ code: 0, stderr: '' });
    const events = (text: string) => text.match(/^BEGIN:VEVENT/gm)!.length;
    expect(events(all.stdout)).toBe(events(plain.stdout) + total);
    expect(all.stdout).toMatch(/^SUMMARY:Coffee Break/m);
    expect(all.stdout).toMatch(/^SUMMARY:Badge Pick-Up/m);

    const refused = await run(['export', '--agenda', '--include-breaks', '-o', '-', '--db', db]);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain('--include-breaks goes with --event');
  });

  it('leaves untimed sessions out of frab with a count, keeps them in CSV, and refuses an unknown format', async () => {
    const db = database(seedAgendaDb);
    const dir = tempDir();
    await run(['star', IDS.leastPrivilege, 'day-only', 'no-day', '--db', db]);
    const xml = await run(['export', '--agenda', '--format', 'frab-xml', '-o', path.join(dir, 'a.xml'), '--db', db]);
    expect(xml).toMatchObject({ code: 0, stdout: `${path.join(dir, 'a.xml')}: 1 events\n` });
    expect(xml.stderr).toBe(
      'kubeplan: 1 session with no day yet left out\nkubeplan: 1 session with a day but no time yet left out\n',
    );
    const csv = await run(['export', '--agenda', '--format', 'csv', '-o', path.join(dir, 'a.csv'), '--db', db]);
    expect(csv).toMatchObject({ code: 0, stdout: `${path.join(dir, 'a.csv')}: 3 events\n`, stderr: '' });
    expect(fs.readFileSync(path.join(dir, 'a.csv'), 'utf8')).toContain(
      'Hallway track (time to be announced),2026-03-25 TBA',
    );

    await run(['unstar', IDS.leastPrivilege, '--db', db]);
    const none = await run([
      'export',
      '--agenda',
      '--format',
      'schedule-json',
      '-o',
      path.join(dir, 'n.json'),
      '--db',
      db,
    ]);
    expect(none.code).toBe(1);
    expect(none.stderr).toContain('nothing to export: frab and c3voc schedules hold timed sessions only');
    expect(fs.existsSync(path.join(dir, 'n.json'))).toBe(false);

    const bad = await run(['export', '--agenda', '--format', 'pdf', '-o', 'x.pdf', '--db', db]);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('--format must be one of ics, frab-xml, schedule-json, csv (not "pdf")');
  });
});

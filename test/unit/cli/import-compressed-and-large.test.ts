// Issue 13: gzip and zip schedules under any name are read by their magic bytes; every failure is a
// short clear message (JSON under --json, never a raw TypeError); big files are refused by name.
import fs from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { main } from '../../../src/cli/main';
import { parseSchedule } from '../../../src/core/importers/parse-schedule';
import { FIXTURES, tempDir, thrown } from '../helpers';

async function run(args: string[]) {
  let stdout = '';
  let stderr = '';
  const code = await main(args, { stdout: (t) => (stdout += t), stderr: (t) => (stderr += t), env: {} });
  return { code, stdout, stderr };
}

const SCHEDULES = path.join(FIXTURES, 'schedules');
const SCHED = fs.readFileSync(path.join(SCHEDULES, 'sched-kccnceu2026-tuesday-morning.ics'));
const SESSIONIZE = fs.readFileSync(path.join(SCHEDULES, 'sessionize-scottishsummit-2026-viewAll.json'));

function write(name: string, bytes: Uint8Array | string): string {
  const file = path.join(tempDir(), name);
  fs.writeFileSync(file, bytes);
  return file;
}

describe('compressed schedules', () => {
  it('a gzip-compressed Sched all.ics saved as all.ics imports as the calendar it holds, with or without --format ical', async () => {
    const file = write('all.ics', gzipSync(SCHED));
    const db = path.join(tempDir(), 'k.db');
    for (const extra of [[], ['--format', 'ical']]) {
      const result = await run(['import', file, '--dry-run', '--json', '--db', db, ...extra]);
      expect(result.code).toBe(0);
      expect(JSON.parse(result.stdout)).toMatchObject({ format: 'ical', counts: { new: 67 }, problems: [] });
    }
  });

  it('a zip holding one schedule is read as that schedule; a zip of two is refused, naming them', async () => {
    const one = write(
      'schedule.zip',
      zipSync({ 'viewAll.json': SESSIONIZE, '__MACOSX/._viewAll.json': new Uint8Array(4) }),
    );
    const ok = await run(['import', one, '--dry-run', '--json', '--tz', 'Europe/London', '--db', ':memory:']);
    expect(JSON.parse(ok.stdout)).toMatchObject({ format: 'sessionize', counts: { new: 61 } });
    const two = write('both.zip', zipSync({ 'viewAll.json': SESSIONIZE, 'all.ics': SCHED }));
    const refused = await run(['import', two, '--dry-run', '--json', '--db', ':memory:']);
    expect(refused.code).toBe(1);
    expect(JSON.parse(refused.stdout)).toEqual({
      error: {
        code: 'invalid-argument',
        message: `${two}: a zip archive of 2 files (viewAll.json, all.ics); unzip it and import the schedule itself`,
        where: two,
      },
    });
  });

  it('a damaged gzip (a cut download) is a clear parse error, as JSON under --json', async () => {
    const file = write('all.ics', gzipSync(SCHED).subarray(0, 5000));
    const result = await run(['import', file, '--format', 'ical', '--json', '--db', ':memory:']);
    expect(result.code).toBe(1);
    const { error } = JSON.parse(result.stdout) as { error: { code: string; message: string } };
    expect(error.code).toBe('parse-error');
    expect(error.message).toMatch(/gzip-compressed but damaged \(truncated download\?\)/);
    expect(result.stderr).not.toMatch(/TypeError/);
    expect(result.stderr).not.toContain('\u0000');
  });

  it('gzip text that reached the importer undecoded (a file the window read as text) is named, not parsed', () => {
    const garbled = new TextDecoder().decode(gzipSync(SCHED));
    const error = thrown(() => parseSchedule(garbled, { file: 'all.ics', location: 'file:all.ics', format: 'ical' }));
    expect(error.message).toBe(
      'all.ics: the file is gzip-compressed; import the file itself (kubeplan import unpacks it from disk)',
    );
  });

  it('another kind of file forced with --format ical says what it starts with, never a TypeError', async () => {
    const result = await run([
      'import',
      path.join(SCHEDULES, 'sessionize-scottishsummit-2026-viewAll.json'),
      '--format',
      'ical',
      '--json',
      '--db',
      ':memory:',
    ]);
    const { error } = JSON.parse(result.stdout) as { error: { message: string } };
    expect(error.message).toMatch(/not an iCalendar file: it does not start with BEGIN:VCALENDAR \(line 1 is "\{"\)$/);
  });
});

describe('big files and long lines', () => {
  it('a 5 MB one-line CSV cell is quoted in at most ~200 characters', async () => {
    const file = write('long.csv', `Title,Start\nA,${'9'.repeat(5_000_000)}\n`);
    const result = await run(['import', file, '--tz', 'UTC', '--db', ':memory:']);
    expect(result.code).toBe(1);
    expect(result.stderr.length).toBeLessThan(700);
    expect(result.stderr).toMatch(/cannot read start time "9{150,}…"/);
  });

  it('files over the size cap are refused by name before reading; --max-size changes the cap, compressed ones count unpacked', async () => {
    const big = write('big.ics', Buffer.concat([SCHED, Buffer.alloc(2 * 1024 * 1024 - SCHED.length, ' ')]));
    const refused = await run(['import', big, '--max-size', '1', '--db', ':memory:']);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toBe(`kubeplan: ${big}: the file is 2 MB; the limit is 1 MB\n`);
    expect((await run(['import', big, '--dry-run', '--db', ':memory:'])).code).toBe(0);
    const bomb = write('bomb.ics', gzipSync(Buffer.alloc(3 * 1024 * 1024, 'A')));
    const unpacked = await run(['import', bomb, '--max-size', '1', '--db', ':memory:']);
    expect(unpacked.stderr).toBe(`kubeplan: ${bomb}: gzip-compressed, over 1 MB unpacked\n`);
    expect((await run(['import', big, '--max-size', 'lots', '--db', ':memory:'])).code).toBe(2);
  });

  it('the default cap is 200 MB: a sparse 201 MB file is refused without being read', async () => {
    const file = path.join(tempDir(), 'huge.ics');
    fs.writeFileSync(file, 'BEGIN:VCALENDAR\r\n');
    fs.truncateSync(file, 201 * 1024 * 1024);
    const result = await run(['import', file, '--json', '--db', ':memory:']);
    expect(JSON.parse(result.stdout)).toEqual({
      error: { code: 'invalid-argument', message: `${file}: the file is 201 MB; the limit is 200 MB`, where: file },
    });
  });
});

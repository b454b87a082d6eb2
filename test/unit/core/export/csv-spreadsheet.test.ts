// Proof that a spreadsheet program opens the CSV export as intended: gnumeric's ssconvert (headless)
// reads it and writes it out again, with the columns, text and dates we wrote and no formula run.
// Skipped, with the reason, only where ssconvert is not installed.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import { describe, expect, it, type TestContext } from 'vitest';
import { CSV_COLUMNS, sessionsCsv } from '../../../../src/core/export/csv';
import { listSessions } from '../../../../src/core/store/read-sessions';
import { inZone } from '../../../../src/core/time/zoned';
import type { SessionView } from '../../../../src/shared/types';
import { importKubeconEu2026 } from '../../../support/kubecon-eu-2026';
import { tempDb, tempDir } from '../../helpers';

const probe = spawnSync('ssconvert', ['--version'], { encoding: 'utf8' });
const ssconvertMissing = probe.error ? `ssconvert is not installed (${probe.error.message})` : null;

function requireSsconvert(ctx: TestContext): void {
  if (ssconvertMissing) ctx.skip(`${ssconvertMissing}; install the Debian package gnumeric to run this check`);
}

/** Opens the CSV in gnumeric and saves it as CSV again: what the spreadsheet made of every cell. */
function throughGnumeric(csv: string): string[][] {
  const dir = tempDir();
  const input = path.join(dir, 'kubecon.csv');
  const output = path.join(dir, 'resaved.csv');
  fs.writeFileSync(input, csv);
  const result = spawnSync('ssconvert', ['--export-type=Gnumeric_stf:stf_csv', input, output], {
    encoding: 'utf8',
    env: { ...process.env, LC_ALL: 'C.UTF-8' },
  });
  if (result.status !== 0) throw new Error(`ssconvert failed: ${result.stderr}`);
  return parse(fs.readFileSync(output, 'utf8'), { relax_column_count: true }) as string[][];
}

describe('the CSV export in a spreadsheet program', () => {
  it('opens in gnumeric with our columns, every title, speaker and company as written, times as dates, no formula run', (ctx) => {
    requireSsconvert(ctx);
    const { db } = tempDb();
    importKubeconEu2026(db);
    const hostile: SessionView = {
      ...listSessions(db)[0]!,
      sessionKey: 'formula',
      title: '=1+1',
      speakers: [{ name: '@maya', affiliation: '+Acme' }],
      abstract: '-5 degrees outside\n- bring a coat',
    };
    const sessions = [...listSessions(db), hostile];
    const rows = throughGnumeric(sessionsCsv(sessions));
    expect(rows[0]).toEqual([...CSV_COLUMNS]);
    expect(rows).toHaveLength(sessions.length + 1);
    const column = (name: (typeof CSV_COLUMNS)[number]) => rows.slice(1).map((row) => row[CSV_COLUMNS.indexOf(name)]);
    expect(column('Title')).toEqual(sessions.map((s) => s.title));
    expect(column('Room')).toEqual(sessions.map((s) => s.room));
    expect(column('Speakers')).toEqual(sessions.map((s) => s.speakers.map((p) => p.name).join(', ')));
    expect(column('Companies')).toEqual(
      sessions.map((s) =>
        s.speakers.some((p) => p.affiliation) ? s.speakers.map((p) => p.affiliation ?? '').join('; ') : '',
      ),
    );
    expect(column('Description')).toEqual(sessions.map((s) => s.abstract ?? ''));
    expect(column('ID')).toEqual(sessions.map((s) => s.sessionKey));
    // gnumeric read each start as a date and time (it writes them back in its own notation).
    expect(column('Start')).toEqual(
      sessions.map((s) => inZone(s.start!, s.timeZone).slice(0, 19).replace(/-/g, '/').replace('T', ' ')),
    );
    // The neutralized cells are text: "=1+1" is shown as written, not computed to 2.
    expect(rows.at(-1)!.slice(0, 1)).toEqual(['=1+1']);
  });
});

// Every import can be undone: import a schedule, star and annotate, re-import a changed export, then
// `kubeplan undo --yes` brings the database back exactly as it was before the re-import.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../../../src/cli/main';
import { dumpFile } from '../faults/fault-helpers';
import { FIXTURES, tempDir } from '../helpers';

async function run(args: string[]) {
  let stdout = '';
  let stderr = '';
  const code = await main(args, { stdout: (t) => (stdout += t), stderr: (t) => (stderr += t), env: {} });
  return { code, stdout, stderr };
}

const SCHEDULES = path.join(FIXTURES, 'schedules');
const MOVED = '442db1ee1ff99470352c17b8e1b82a27'; // Crossplane, 14:15Z on 24 March
const REMOVED = 'b3baba1cfb52fdb5cb4924e1a19d9e52';

describe('kubeplan undo', () => {
  it('undoes a re-import of a changed schedule: the database equals what it was, stars and notes included', async () => {
    const dir = tempDir();
    const db = path.join(dir, 'cli.db');
    const download = path.join(dir, 'all.ics');
    const original = fs.readFileSync(path.join(SCHEDULES, 'sched-kccnceu2026-all.ics'), 'utf8');
    fs.writeFileSync(download, original);
    expect((await run(['import', download, '--db', db])).code).toBe(0);
    expect((await run(['star', MOVED, REMOVED, '--db', db])).code).toBe(0);
    expect((await run(['note', MOVED, 'sit near the front', '--db', db])).code).toBe(0);
    const before = dumpFile(db);

    // The next download stopped after Tuesday morning: importing it anyway removes a starred talk and most of the rest.
    fs.copyFileSync(path.join(SCHEDULES, 'sched-kccnceu2026-tuesday-morning.ics'), download);
    const reimport = await run(['import', download, '--allow-removals', '--db', db]);
    expect(reimport.code).toBe(0);
    expect(dumpFile(db)).not.toEqual(before);

    const asked = await run(['undo', '--db', db]);
    expect(asked.code).toBe(0);
    expect(asked.stdout).toMatch(
      /^undo import 2 \(KubeCon \+ CloudNativeCon Europe 2026, .*: 0 new, \d+ changed, 529 removed/m,
    );
    expect(asked.stdout).toContain('restores the automatic backup of');
    expect(asked.stdout).toContain('nothing was changed: run kubeplan undo --yes to undo it');
    expect(dumpFile(db)).not.toEqual(before);

    const undone = await run(['undo', '--yes', '--db', db]);
    expect(undone.code).toBe(0);
    expect(undone.stdout).toMatch(/^undid import 2 /m);
    expect(dumpFile(db)).toEqual(before);
    const agenda = await run(['agenda', '--json', '--db', db]);
    expect(agenda.stdout).toContain('sit near the front');
  });

  it('says what else an undo takes back: later imports and stars changed since', async () => {
    const dir = tempDir();
    const db = path.join(dir, 'cli.db');
    expect((await run(['import', path.join(SCHEDULES, 'pentabarf-fosdem-2024-trimmed.xml'), '--db', db])).code).toBe(0);
    expect((await run(['import', path.join(SCHEDULES, 'frab-schedule-39c3.xml'), '--db', db])).code).toBe(0);
    const listed = JSON.parse((await run(['list', '--json', '--db', db])).stdout) as { sessionKey: string }[];
    expect((await run(['star', listed[0]!.sessionKey, '--db', db])).code).toBe(0);
    expect(
      (await run(['import', path.join(SCHEDULES, 'c3voc-schedule-json-frab-camp2019.json'), '--db', db])).code,
    ).toBe(0);

    const plan = JSON.parse((await run(['undo', '2', '--json', '--db', db])).stdout) as {
      undone: boolean;
      plan: { target: { importId: number }; undoes: { importId: number }[]; planChanges: number };
    };
    expect(plan.undone).toBe(false);
    expect(plan.plan.target.importId).toBe(2);
    expect(plan.plan.undoes.map((i) => i.importId)).toEqual([2, 3]);
    expect(plan.plan.planChanges).toBe(1);

    expect((await run(['undo', '9', '--db', db])).stderr).toContain('no import 9');
    expect((await run(['undo', 'x', '--db', db])).code).toBe(2);
  });
});

import { spawn } from 'node:child_process';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { openStore } from '../../../../src/core/store/open-store';
import { listSessions } from '../../../../src/core/store/read-sessions';
import { ROOT, tempDir } from '../../helpers';
import { importReal } from './schedule-helpers';

const CHILD = path.join(import.meta.dirname, 'support', 'kill-import-child.ts');

describe('an import killed midway', () => {
  it('leaves the previous data intact and the database sound', async () => {
    const file = path.join(tempDir(), 'kubeplan.db');
    const db = openStore(file);
    importReal(db, 'frab-schedule-39c3.xml');
    db.prepare("INSERT INTO agenda (session_key, status, note, updated_at) VALUES ('x', 'going', 'mine', 'now')").run();
    const before = listSessions(db, { includeNonSessions: true });
    db.close();

    const child = spawn(process.execPath, ['--import', 'tsx', CHILD, file, '60000'], {
      cwd: ROOT,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    const exit = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
      child.on('exit', (code, signal) => resolve({ code, signal })),
    );
    await new Promise<void>((resolve) =>
      child.stdout.on('data', (chunk: Buffer) => {
        output += chunk.toString();
        if (output.includes('importing')) resolve();
      }),
    );
    // Let the transaction get well under way (60k sessions take seconds), then kill without warning.
    await new Promise((resolve) => setTimeout(resolve, 700));
    child.kill('SIGKILL');
    const { signal } = await exit;
    expect(signal).toBe('SIGKILL');
    expect(output).not.toContain('done');

    const reopened = openStore(file);
    expect(reopened.pragma('integrity_check', { simple: true })).toBe('ok');
    expect(listSessions(reopened, { includeNonSessions: true })).toEqual(before);
    expect(reopened.prepare("SELECT note FROM agenda WHERE session_key = 'x'").get()).toEqual({ note: 'mine' });
    expect(reopened.prepare('SELECT COUNT(*) AS n FROM sources').get()).toEqual({ n: 1 });
    reopened.close();
  }, 60_000);
});

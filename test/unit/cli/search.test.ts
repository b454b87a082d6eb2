import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { main } from '../../../src/cli/main';
import { applyImport } from '../../../src/core/store/apply-import';
import { openStore } from '../../../src/core/store/open-store';
import { catalogueBatches } from '../../fixtures/catalogue/catalogue-batches';

async function run(args: string[]) {
  let stdout = '';
  let stderr = '';
  const code = await main(args, { stdout: (t) => (stdout += t), stderr: (t) => (stderr += t), env: {} });
  return { code, stdout, stderr };
}

// One database for the whole file (the helpers' temp folders are removed after each test).
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kubeplan-search-'));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

function seededDb(): string {
  const file = path.join(dir, 'search.db');
  const db = openStore(file);
  for (const batch of catalogueBatches()) applyImport(db, batch);
  db.close();
  return file;
}

describe('kubeplan search', () => {
  const db = seededDb();

  it('prints ranked sessions as JSON with the fields of the other commands', async () => {
    const { code, stdout } = await run(['search', 'selajev', '--json', '--db', db]);
    expect(code).toBe(0);
    const hits = JSON.parse(stdout) as Record<string, unknown>[];
    expect(hits.map((h) => h['title'])).toEqual(['Simplified Inner and Outer Cloud Native Developer Loops']);
    for (const field of [
      'sessionKey',
      'url',
      'title',
      'kind',
      'event',
      'track',
      'date',
      'start',
      'end',
      'room',
      'speakers',
      'abstract',
      'status',
      'agenda',
      'changes',
    ]) {
      expect(hits[0]).toHaveProperty(field);
    }
  });

  it('filters by one or more tracks, case aside', async () => {
    const { stdout } = await run([
      'search',
      'kubernetes',
      '--track',
      'observability',
      '--track',
      'SECURITY',
      '--json',
      '--db',
      db,
    ]);
    const hits = JSON.parse(stdout) as { track: string }[];
    expect(hits.length).toBeGreaterThan(0);
    expect(new Set(hits.map((h) => h.track))).toEqual(new Set(['Observability', 'Security']));
  });

  it('names an unknown track', async () => {
    const { code, stderr } = await run(['search', 'x', '--track', 'Gardening', '--db', db]);
    expect(code).toBe(2);
    expect(stderr).toContain('no track "Gardening"');
  });

  it('prints a text list with a count', async () => {
    const { stdout } = await run(['search', '"inner and outer cloud"', '--db', db]);
    expect(stdout).toContain('Simplified Inner and Outer Cloud Native Developer Loops — Oleg Šelajev, Alice Gibbons');
    expect(stdout.trim().endsWith('1 session')).toBe(true);
  });
});

import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../../../src/cli/main';
import { defaultDatabasePath } from '../../../src/cli/db-path';
import { BUNDLED_FEED, tempDir } from '../helpers';

async function run(args: string[], env: NodeJS.ProcessEnv = {}) {
  let stdout = '';
  let stderr = '';
  const code = await main(args, { stdout: (t) => (stdout += t), stderr: (t) => (stderr += t), env });
  return { code, stdout, stderr };
}

describe('kubeplan CLI', () => {
  it('prints help', async () => {
    const { code, stdout } = await run(['--help']);
    expect(code).toBe(0);
    expect(stdout).toContain('Usage: kubeplan <command>');
  });

  it('imports a feed and lists the sessions as JSON with the documented fields', async () => {
    const db = path.join(tempDir(), 'cli.db');
    const imported = await run(['import', BUNDLED_FEED, '--db', db]);
    expect(imported.code).toBe(0);
    expect(imported.stdout).toMatch(/\d+ new, 0 changed, 0 removed, 0 unchanged/);
    const listed = await run(['list', '--json', '--db', db]);
    expect(listed.code).toBe(0);
    const sessions = JSON.parse(listed.stdout) as Record<string, unknown>[];
    expect(sessions.length).toBeGreaterThan(20);
    const kcp = sessions.find((s) => s['sessionKey'] === '1YFfY')!;
    expect(kcp).toMatchObject({
      title: 'Building a Platform Engineering API Layer with kcp',
      event: 'KubeCon + CloudNativeCon Europe 2024',
    });
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
      'sourceItem',
    ]) {
      expect(kcp).toHaveProperty(field);
    }
  });

  it('uses KUBEPLAN_DB when --db is not given', async () => {
    const db = path.join(tempDir(), 'env.db');
    expect((await run(['import', BUNDLED_FEED], { KUBEPLAN_DB: db })).code).toBe(0);
    expect(fs.existsSync(db)).toBe(true);
  });

  it('defaults to the desktop app database in the userData folder', () => {
    expect(defaultDatabasePath({ XDG_CONFIG_HOME: '/home/a/.config' }, 'linux')).toBe(
      '/home/a/.config/kubeplan/kubeplan.db',
    );
    expect(defaultDatabasePath({ APPDATA: 'C:\\Users\\a\\AppData\\Roaming' }, 'win32')).toContain('kubeplan');
  });

  it('fails with the file name for a missing or malformed feed, and keeps what was stored', async () => {
    const dir = tempDir();
    const db = path.join(dir, 'cli.db');
    await run(['import', BUNDLED_FEED, '--db', db]);
    const before = (await run(['list', '--json', '--db', db])).stdout;

    const missing = await run(['import', path.join(dir, 'nope.xml'), '--db', db]);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toContain(`${path.join(dir, 'nope.xml')}: file not found`);

    const broken = path.join(dir, 'broken.xml');
    fs.writeFileSync(broken, '<rss><channel><item><title>x</title></channel></rss>');
    const malformed = await run(['import', broken, '--db', db]);
    expect(malformed.code).toBe(1);
    expect(malformed.stderr).toMatch(
      new RegExp(`${broken.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}:1:\\d+: not well-formed XML`),
    );
    expect((await run(['list', '--json', '--db', db])).stdout).toBe(before);
  });

  it('fails clearly on a corrupt database file without overwriting it', async () => {
    const db = path.join(tempDir(), 'corrupt.db');
    fs.writeFileSync(db, 'garbage'.repeat(1000));
    const result = await run(['list', '--db', db]);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain(`${db}: not a usable kubeplan database`);
    expect(fs.readFileSync(db, 'utf8')).toBe('garbage'.repeat(1000));
  });

  it('rejects unknown commands with usage help', async () => {
    const result = await run(['frobnicate']);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('unknown command "frobnicate"');
  });
});

describe('the kubeplan bin', () => {
  it('runs as a command (what npx kubeplan starts)', async () => {
    const { spawnSync } = await import('node:child_process');
    const { ROOT } = await import('../helpers');
    const db = path.join(tempDir(), 'bin.db');
    const bin = path.join(ROOT, 'bin', 'kubeplan.mjs');
    expect(spawnSync(process.execPath, [bin, 'import', BUNDLED_FEED, '--db', db]).status).toBe(0);
    const listed = spawnSync(process.execPath, [bin, 'list', '--json', '--db', db], { encoding: 'utf8' });
    expect(listed.status).toBe(0);
    expect(JSON.parse(listed.stdout).length).toBeGreaterThan(20);
  });
});

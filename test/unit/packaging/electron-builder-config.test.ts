// The packaging configuration, checked without building an installer (that needs Electron's
// download): electron-builder.yml against electron-builder's own JSON schema, the targets, the icons
// where electron-builder looks for them, and the fuses the afterPack hook flips in a binary.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { FuseState, FuseV1Options, getCurrentFuseWire } from '@electron/fuses';
import Ajv from 'ajv';
import type { AfterPackContext } from 'electron-builder';
import yaml from 'js-yaml';
import { describe, expect, it } from 'vitest';
import afterPack, { electronBinaryPath } from '../../../scripts/after-pack';
import { FUSES } from '../../../scripts/fuses';
import { LINUX_SIZES } from '../../../scripts/icons';
import { ROOT, tempDir } from '../helpers';

type Config = Record<string, unknown> & {
  directories: { buildResources: string; output: string };
  files: string[];
  afterPack: string;
  linux: { target: string[]; icon: string };
  mac: { target: string; icon: string };
  win: { target: string; icon: string };
};

const config = yaml.load(fs.readFileSync(path.join(ROOT, 'electron-builder.yml'), 'utf8')) as Config;
const schema = JSON.parse(fs.readFileSync(path.join(ROOT, 'node_modules', 'app-builder-lib', 'scheme.json'), 'utf8'));
// The options electron-builder itself validates with (app-builder-lib's schemaValidator).
const validate = new Ajv({ allErrors: true, strict: false }).compile(schema);

/** How electron-builder finds a resource: in buildResources first, then in the project. */
function resource(name: string): string {
  const inResources = path.resolve(ROOT, config.directories.buildResources, name);
  return fs.existsSync(inResources) ? inResources : path.resolve(ROOT, name);
}

describe('electron-builder.yml', () => {
  it("is valid against electron-builder's own schema", () => {
    const valid = validate(config);
    expect(validate.errors ?? [], JSON.stringify(validate.errors, null, 2)).toEqual([]);
    expect(valid).toBe(true);
  });

  it('is checked by a schema with teeth: a misspelt key or a wrong type is refused', () => {
    expect(validate({ ...config, asarUnpak: ['**/*.node'] })).toBe(false);
    expect(validate({ ...config, linux: { ...config.linux, target: 42 } })).toBe(false);
    expect(validate({ ...config, nsis: { oneClick: 'sometimes' } })).toBe(false);
  });

  it('builds AppImage and deb, dmg, and an NSIS installer', () => {
    expect(config.linux.target).toEqual(['AppImage', 'deb']);
    expect(config.mac.target).toBe('dmg');
    expect(config.win.target).toBe('nsis');
  });

  it('packages the built app and the bundled feed, and the entry package.json names', () => {
    const pkg = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as {
      main: string;
      scripts: Record<string, string>;
    };
    expect(config.files).toEqual(expect.arrayContaining(['out/**', 'data/**', 'package.json']));
    expect(pkg.main).toBe('out/main/index.js');
    expect(config['asar']).toBe(true);
    expect(config['asarUnpack']).toEqual(['**/*.node']);
    expect(pkg.scripts['dist']).toMatch(/electron-vite build && electron-builder/);
    expect(pkg.scripts['icons']).toBe('node scripts/icons.ts');
  });

  it('finds every platform’s icon where electron-builder looks', () => {
    expect(config.directories.buildResources).toBe('resources');
    expect(fs.statSync(resource(config.mac.icon)).isFile()).toBe(true);
    expect(path.extname(resource(config.mac.icon))).toBe('.icns');
    expect(path.extname(resource(config.win.icon))).toBe('.ico');
    const linuxIcons = fs.readdirSync(resource(config.linux.icon)).sort();
    expect(linuxIcons).toEqual(LINUX_SIZES.map((size) => `${size}x${size}.png`).sort());
  });

  it('flips fuses in one place, the afterPack hook, which plain Node 24 can load', () => {
    expect(config['electronFuses']).toBeUndefined();
    expect(config.afterPack).toBe('./scripts/after-pack.ts');
    const loaded = execFileSync(
      process.execPath,
      [
        '--input-type=module',
        '-e',
        `const m = await import(${JSON.stringify(path.join(ROOT, config.afterPack))}); console.log(typeof m.default)`,
      ],
      { cwd: ROOT, encoding: 'utf8' },
    );
    expect(loaded.trim()).toBe('function');
  });
});

describe('the Electron fuses', () => {
  it('turn off RunAsNode, NODE_OPTIONS and --inspect; turn on asar integrity and asar-only loading', () => {
    expect(FUSES).toMatchObject({
      strictlyRequireAllFuses: true,
      [FuseV1Options.RunAsNode]: false,
      [FuseV1Options.EnableNodeOptionsEnvironmentVariable]: false,
      [FuseV1Options.EnableNodeCliInspectArguments]: false,
      [FuseV1Options.EnableEmbeddedAsarIntegrityValidation]: true,
      [FuseV1Options.OnlyLoadAppFromAsar]: true,
      [FuseV1Options.EnableCookieEncryption]: false,
      [FuseV1Options.GrantFileProtocolExtraPrivileges]: false,
    });
  });

  it('name every fuse @electron/fuses knows, so a new one is a decision', () => {
    const known = Object.values(FuseV1Options).filter((v): v is number => typeof v === 'number');
    for (const fuse of known)
      expect(typeof (FUSES as Record<number, unknown>)[fuse], FuseV1Options[fuse]).toBe('boolean');
  });

  // A stand-in binary: the fuse sentinel, wire version 1, and Electron's default wire.
  const SENTINEL = 'dL7pKGdnNz796PbbjQWNKmHXBZaB9tsX';
  const DEFAULT_WIRE = '111100011';
  function fakeElectron(file: string): void {
    fs.mkdirSync(path.dirname(file), { recursive: true });
    const wire = Buffer.from([1, DEFAULT_WIRE.length, ...Buffer.from(DEFAULT_WIRE)]);
    fs.writeFileSync(file, Buffer.concat([Buffer.alloc(4096, 0x90), Buffer.from(SENTINEL), wire, Buffer.alloc(512)]));
  }
  const context = (platform: string, appOutDir: string) =>
    ({
      electronPlatformName: platform,
      arch: 1,
      appOutDir,
      packager: { executableName: 'kubeplan', appInfo: { productFilename: 'kubeplan' } },
    }) as unknown as AfterPackContext;

  it('are what the afterPack hook writes into each platform’s binary', async () => {
    const expected = Object.fromEntries(
      Object.entries(FUSES)
        .filter(([key]) => /^\d+$/.test(key))
        .map(([key, on]) => [key, on ? FuseState.ENABLE : FuseState.DISABLE]),
    );
    for (const [platform, binary] of [
      ['linux', 'kubeplan'],
      ['win32', 'kubeplan.exe'],
      ['darwin', 'kubeplan.app/Contents/Frameworks/Electron Framework.framework/Electron Framework'],
    ] as const) {
      const out = tempDir();
      fakeElectron(path.join(out, binary));
      const ctx = context(platform, out);
      expect(electronBinaryPath(ctx).startsWith(out)).toBe(true);
      await afterPack(ctx);
      const wire = await getCurrentFuseWire(electronBinaryPath(ctx));
      const { version, ...fuses } = wire as Record<string, unknown>;
      expect(version, platform).toBe('1');
      expect(fuses, platform).toEqual(expected);
    }
  });

  it('stop the build when Electron has a fuse they do not name', async () => {
    const out = tempDir();
    const file = path.join(out, 'kubeplan');
    fs.writeFileSync(
      file,
      Buffer.concat([
        Buffer.from(SENTINEL),
        Buffer.from([1, DEFAULT_WIRE.length + 1]),
        Buffer.from(`${DEFAULT_WIRE}1`),
      ]),
    );
    await expect(afterPack(context('linux', out))).rejects.toThrow(/strictlyRequireAllFuses/);
  });
});

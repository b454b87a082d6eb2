// The app icons in resources/: every platform's set, exactly what `npm run icons` renders from
// resources/icon.svg today (so an edited SVG without regenerated icons fails here).
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ICNS_TYPES, ICO_SIZES, LINUX_SIZES, RESOURCES, writeIcons } from '../../../scripts/icons';
import { tempDir } from '../helpers';

function pngSize(data: Buffer): [number, number] {
  expect(data.subarray(1, 4).toString('latin1')).toBe('PNG');
  return [data.readUInt32BE(16), data.readUInt32BE(20)];
}

describe('the app icons', () => {
  it('are what the SVG renders now, byte for byte', async () => {
    const scratch = tempDir();
    fs.copyFileSync(path.join(RESOURCES, 'icon.svg'), path.join(scratch, 'icon.svg'));
    const written = await writeIcons(scratch);
    expect(written.length).toBe(LINUX_SIZES.length + 3);
    for (const file of written) {
      const committed = path.join(RESOURCES, path.relative(scratch, file));
      expect(fs.existsSync(committed), committed).toBe(true);
      expect(fs.readFileSync(file).equals(fs.readFileSync(committed)), `${committed} is stale: npm run icons`).toBe(
        true,
      );
    }
  });

  it('give Linux a PNG per hicolor size', () => {
    for (const size of LINUX_SIZES) {
      expect(pngSize(fs.readFileSync(path.join(RESOURCES, 'icons', `${size}x${size}.png`)))).toEqual([size, size]);
    }
    expect(pngSize(fs.readFileSync(path.join(RESOURCES, 'icon.png')))).toEqual([1024, 1024]);
  });

  it('give Windows an .ico with every size from 16 to 256', () => {
    const ico = fs.readFileSync(path.join(RESOURCES, 'icon.ico'));
    expect([ico.readUInt16LE(0), ico.readUInt16LE(2)]).toEqual([0, 1]);
    const count = ico.readUInt16LE(4);
    const sizes = Array.from({ length: count }, (_, i) => ico[6 + i * 16] || 256);
    expect(sizes.sort((a, b) => a - b)).toEqual([...ICO_SIZES].sort((a, b) => a - b));
  });

  it('give macOS an .icns with every type from 16 to 1024 (retina included)', () => {
    const icns = fs.readFileSync(path.join(RESOURCES, 'icon.icns'));
    expect(icns.subarray(0, 4).toString('latin1')).toBe('icns');
    expect(icns.readUInt32BE(4)).toBe(icns.length);
    const types: string[] = [];
    for (let at = 8; at < icns.length; at += icns.readUInt32BE(at + 4))
      types.push(icns.subarray(at, at + 4).toString('latin1'));
    expect(types.filter((t) => t !== 'TOC ').sort()).toEqual(ICNS_TYPES.map(([type]) => type).sort());
  });
});

// Renders the app icon for every platform from its one source, resources/icon.svg (npm run icons):
// a PNG set for Linux, .icns for macOS and .ico for Windows, each size drawn from the vector.
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { Resvg } from '@resvg/resvg-js';
import { IconIcns, IconIco } from '@shockpkg/icon-encoder';

export const RESOURCES = path.resolve(import.meta.dirname, '..', 'resources');
export const SOURCE = path.join(RESOURCES, 'icon.svg');

/** Linux: resources/icons/NxN.png, the hicolor sizes desktops pick from (electron-builder's linux.icon). */
export const LINUX_SIZES = [16, 24, 32, 48, 64, 128, 256, 512, 1024];
/** Windows: the sizes Explorer, the taskbar and the installer ask for; 256 is stored as PNG. */
export const ICO_SIZES = [16, 24, 32, 48, 64, 128, 256];
/** macOS: each ICNS type with its pixel size (@2x types included), in iconutil's order. */
export const ICNS_TYPES: readonly (readonly [type: string, size: number])[] = [
  ['ic12', 64],
  ['ic07', 128],
  ['ic13', 256],
  ['ic08', 256],
  ['ic04', 16],
  ['ic14', 512],
  ['ic09', 512],
  ['ic05', 32],
  ['ic10', 1024],
  ['ic11', 32],
];

export function renderPng(svg: Buffer, size: number): Buffer {
  const png = new Resvg(svg, { fitTo: { mode: 'width', value: size }, background: 'rgba(0,0,0,0)' }).render().asPng();
  return Buffer.from(png);
}

/** Writes every icon file and returns their paths. */
export async function writeIcons(resources = RESOURCES): Promise<string[]> {
  const svg = fs.readFileSync(path.join(resources, 'icon.svg'));
  const sizes = [...new Set([...LINUX_SIZES, ...ICO_SIZES, ...ICNS_TYPES.map(([, size]) => size)])];
  const png = new Map(sizes.map((size) => [size, renderPng(svg, size)]));
  const written: string[] = [];
  const write = (file: string, data: Uint8Array) => {
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, data);
    written.push(file);
  };

  for (const size of LINUX_SIZES) write(path.join(resources, 'icons', `${size}x${size}.png`), png.get(size)!);
  write(path.join(resources, 'icon.png'), png.get(1024)!);

  const ico = new IconIco();
  for (const size of [...ICO_SIZES].reverse()) await ico.addFromPng(png.get(size)!, size >= 256 ? true : null);
  write(path.join(resources, 'icon.ico'), ico.encode());

  const icns = new IconIcns();
  icns.toc = true;
  for (const [type, size] of ICNS_TYPES) await icns.addFromPng(png.get(size)!, [type]);
  write(path.join(resources, 'icon.icns'), icns.encode());
  return written;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const written = await writeIcons();
  for (const file of written) console.log(path.relative(process.cwd(), file));
}

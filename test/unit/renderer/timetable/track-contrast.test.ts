// Every track colour keeps the cell's text readable (WCAG AA, 4.5:1) in both themes: axe only sees the
// tracks on screen, this checks the whole palette as the stylesheets mix it.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { TRACK_PALETTE_SIZE } from '../../../../src/renderer/timetable/track-colour';

const ROOT = path.resolve(import.meta.dirname, '../../../..');
const app = fs.readFileSync(path.join(ROOT, 'src/renderer/styles.css'), 'utf8');
const timetable = fs.readFileSync(path.join(ROOT, 'src/renderer/timetable/timetable.css'), 'utf8');

/** The custom properties of the first block in `css` opening with `selector {`, light or under the dark media query. */
function variables(css: string, selector: string, dark: boolean): Map<string, string> {
  const start = dark ? css.indexOf('@media (prefers-color-scheme: dark)') : 0;
  const open = css.indexOf(`${selector} {`, start);
  const block = css.slice(open, css.indexOf('}', open));
  return new Map([...block.matchAll(/(--[\w-]+):\s*([^;]+);/g)].map((m) => [m[1]!, m[2]!.trim()]));
}

const rgb = (hex: string) => [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16));
const mix = (a: number[], b: number[], share: number) => a.map((v, i) => v * share + b[i]! * (1 - share));
function luminance(c: number[]): number {
  const [r, g, b] = c.map((v) => {
    const s = v / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
}
const contrast = (a: number[], b: number[]) => {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi! + 0.05) / (lo! + 0.05);
};

describe('track colours', () => {
  for (const dark of [false, true]) {
    it(`leave the muted and main text at 4.5:1 or better on every tint (${dark ? 'dark' : 'light'})`, () => {
      const base = variables(app, ':root', dark);
      const mine = variables(timetable, '.timetable', dark);
      const share = parseFloat(mine.get('--tint')!) / 100;
      const panel = rgb(base.get('--panel')!);
      for (let i = 0; i < TRACK_PALETTE_SIZE; i += 1) {
        const background = mix(rgb(mine.get(`--track-${i}`)!), panel, share);
        for (const text of ['--muted', '--text'])
          expect(contrast(rgb(base.get(text)!), background), `track ${i}, ${text}`).toBeGreaterThanOrEqual(4.5);
      }
    });
  }
});

import { describe, expect, it } from 'vitest';
import { gridKeyAction } from '../../../../src/renderer/timetable/grid-keys';
import { TRACK_PALETTE_SIZE, trackColour } from '../../../../src/renderer/timetable/track-colour';
import { kubecon2026 } from './sessions';

describe('track colours', () => {
  it('give a track the same colour every time and spread the real tracks over the palette', () => {
    const tracks = [...new Set(kubecon2026().map((s) => s.track))];
    const colours = tracks.map(trackColour);
    expect(tracks.map(trackColour)).toEqual(colours);
    expect(colours.every((c) => c !== null && c >= 0 && c < TRACK_PALETTE_SIZE)).toBe(true);
    expect(new Set(colours).size).toBeGreaterThanOrEqual(8);
    expect(trackColour(null)).toBeNull();
  });
});

describe('grid keys', () => {
  const key = (k: string, mods: Partial<Record<'altKey' | 'ctrlKey' | 'metaKey', boolean>> = {}) =>
    gridKeyAction({ key: k, altKey: false, ctrlKey: false, metaKey: false, ...mods });
  it('move with the arrows, open with Enter, star with s; leave modified keys to the browser', () => {
    expect(key('ArrowRight')).toEqual({ move: 'right' });
    expect(key('ArrowUp')).toEqual({ move: 'up' });
    expect(key('Enter')).toBe('open');
    expect(key('s')).toBe('star');
    expect(key('s', { ctrlKey: true })).toBeNull();
    expect(key('ArrowLeft', { altKey: true })).toBeNull();
    expect(key('x')).toBeNull();
    expect(key('constructor')).toBeNull();
  });
});

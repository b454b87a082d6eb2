import { describe, expect, it } from 'vitest';
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

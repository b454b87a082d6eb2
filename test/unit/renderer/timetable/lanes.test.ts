import { describe, expect, it } from 'vitest';
import { assignLanes } from '../../../../src/renderer/timetable/lanes';

describe('overlap lanes', () => {
  it('puts sessions that do not overlap in one full-width lane, touching ends included', () => {
    expect(
      assignLanes([
        { start: 0, end: 30 },
        { start: 30, end: 60 },
        { start: 90, end: 100 },
      ]),
    ).toEqual([
      { lane: 0, lanes: 1 },
      { lane: 0, lanes: 1 },
      { lane: 0, lanes: 1 },
    ]);
  });

  it('sets overlapping sessions side by side, reusing a lane once it is free', () => {
    // A 9–10, B 9:30–10:30, C 10–11: a chain of overlaps needs two lanes, and C takes A's.
    const places = assignLanes([
      { start: 0, end: 60 },
      { start: 30, end: 90 },
      { start: 60, end: 120 },
    ]);
    expect(places).toEqual([
      { lane: 0, lanes: 2 },
      { lane: 1, lanes: 2 },
      { lane: 0, lanes: 2 },
    ]);
  });

  it('gives each cluster its own lane count, so a lone session later keeps the full width', () => {
    const places = assignLanes([
      { start: 0, end: 60 },
      { start: 0, end: 30 },
      { start: 10, end: 20 },
      { start: 200, end: 230 },
    ]);
    expect(places.map((p) => p.lanes)).toEqual([3, 3, 3, 1]);
    expect(new Set(places.slice(0, 3).map((p) => p.lane)).size).toBe(3);
  });

  it('answers in input order whatever the order given, the longer session first on a tied start', () => {
    const places = assignLanes([
      { start: 0, end: 30 },
      { start: 0, end: 600 },
    ]);
    expect(places).toEqual([
      { lane: 1, lanes: 2 },
      { lane: 0, lanes: 2 },
    ]);
  });
});

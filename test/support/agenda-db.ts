// Test support: a store holding the real Sched KubeCon EU 2026 morning plus two sessions built to
// cross the Europe/Amsterdam daylight-saving changes, with text that needs escaping.
import { applyImport } from '../../src/core/store/apply-import';
import type { Db } from '../../src/core/store/db';
import type { ImportBatch, SessionRecord } from '../../src/shared/types';
import { SCHED_FIXTURE, SCHED_ZONE, schedRecords } from './sched-records';

/** 01:30 CET → 04:00 CEST on the night clocks go forward: 1 h 30 min long, not 2 h 30. */
export const SPRING_DST: SessionRecord = {
  sessionKey: 'dst-spring',
  url: 'https://example.org/rejekts/dst-spring',
  title: 'Zürich; Köln, Łódź — night shift über DST',
  kind: 'workshop',
  event: 'Night Owls Unconference 2026',
  track: 'Ops; Night, Shift',
  date: '2026-03-29',
  start: '2026-03-29T01:30:00+01:00',
  end: '2026-03-29T04:00:00+02:00',
  timeZone: SCHED_ZONE,
  room: 'Zaal Ö, level 2',
  speakers: [{ name: 'Åsa Ñúñez', affiliation: 'Ünïcode, Inc.' }],
  abstract: 'Line one; with a semicolon, a comma\nLine two \\ with a backslash\n\nLast paragraph: 日本語テキスト 🚀',
  sourceItem: null,
};

/** 01:00 CEST → 04:00 CET on the night clocks go back: 4 hours long. */
export const AUTUMN_DST: SessionRecord = {
  ...SPRING_DST,
  sessionKey: 'dst-autumn',
  url: 'https://example.org/rejekts/dst-autumn',
  title: 'Autumn night, clocks back',
  date: '2026-10-25',
  start: '2026-10-25T01:00:00+02:00',
  end: '2026-10-25T04:00:00+01:00',
  speakers: [],
  abstract: null,
};

/** A session whose day is known but not its time, and one with neither. */
export const DAY_ONLY: SessionRecord = {
  ...SPRING_DST,
  sessionKey: 'day-only',
  url: 'https://example.org/rejekts/day-only',
  title: 'Hallway track (time to be announced)',
  start: null,
  end: null,
  date: '2026-03-25',
};
export const NO_DAY: SessionRecord = {
  ...DAY_ONLY,
  sessionKey: 'no-day',
  url: null,
  title: 'Someday maybe',
  date: null,
};

export function schedBatch(sessions: SessionRecord[] = schedRecords()): ImportBatch {
  return { source: { kind: 'schedule', location: SCHED_FIXTURE, title: 'Sched' }, sessions };
}

export function extrasBatch(sessions: SessionRecord[] = [SPRING_DST, AUTUMN_DST, DAY_ONLY, NO_DAY]): ImportBatch {
  return { source: { kind: 'schedule', location: 'test:extras', title: 'extras' }, sessions };
}

export function seedAgendaDb(db: Db): void {
  applyImport(db, schedBatch(), { now: () => new Date('2026-03-01T09:00:00Z') });
  applyImport(db, extrasBatch(), { now: () => new Date('2026-03-01T09:00:00Z') });
}

/** Ids of the real sessions used across tests. */
export const IDS = {
  /** "Least-Privilege for AI…", 11:15–11:45 CET, Hall 8 | Room F. */
  leastPrivilege: '7894a8a1796a190531bbdbe9379d681a',
  /** "When an Agent Acts on Your Behalf, Who Holds the Keys?", same slot, Auditorium. */
  agentKeys: '90de8b6bc1b399b4e26695f426537759',
  /** "Unifying Inner & Outer Loops…", same slot. */
  innerOuter: '860223a2a2c040f3f1651e8a74d49135',
};

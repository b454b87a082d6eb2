import { describe, expect, it } from 'vitest';
import { listSessions } from '../../../../src/core/store/read-sessions';
import { toUtcIso } from '../../../../src/core/time/zoned';
import type { SessionView } from '../../../../src/shared/types';
import { tempDb } from '../../helpers';
import { REAL, importReal } from './schedule-helpers';

const utc = (s: SessionView) => ({ start: s.start && toUtcIso(s.start), end: s.end && toUtcIso(s.end) });
const all = (db: Parameters<typeof listSessions>[0]) => listSessions(db, { includeNonSessions: true });

interface Expected {
  format: string;
  count: number;
  event: string;
  timeZone: string;
  sample: {
    title: string;
    start: string;
    end: string;
    room: string;
    track: string | null;
    speakers: { name: string; affiliation: string | null }[];
    kind?: string;
  };
}

const EXPECTED: Record<string, Expected> = {
  'sched-kccnceu2026-all.ics': {
    format: 'ical',
    count: 596,
    event: 'KubeCon + CloudNativeCon Europe 2026',
    // Sched gives UTC times; the venue (", Amsterdam, Netherlands") names the zone they are shown in.
    timeZone: 'Europe/Amsterdam',
    sample: {
      title: 'Kubernetes Network Driver Unpacked: Modularity, Trade-offs and the Road Ahead',
      start: '2026-03-24T14:15:00Z',
      end: '2026-03-24T14:45:00Z',
      room: 'Hall 7 | Room B',
      track: 'CONNECTIVITY',
      speakers: [
        { name: 'Lionel Jouin', affiliation: 'Red Hat' },
        { name: 'Sebastian Scheinkman', affiliation: 'Red Hat' },
        { name: 'Antonio Ojea', affiliation: 'Google' },
        { name: 'Sunyanan Choochotkaew', affiliation: 'IBM' },
      ],
    },
  },
  'sessionize-scottishsummit-2026-viewAll.json': {
    format: 'sessionize',
    count: 61,
    event: 'Scottish Summit 2026',
    timeZone: 'Europe/London',
    sample: {
      title: 'Design and Build a Gamified Onboarding Agent with M365, Copilot and Power Platform Workshop',
      start: '2026-10-02T08:00:00Z',
      end: '2026-10-02T16:00:00Z',
      room: 'Presidents Suite 1 (150)',
      track: 'Dynamics & Power Platform',
      kind: 'workshop',
      speakers: [
        { name: 'Sandra Kiel', affiliation: 'Managing Director and Microsoft MVP' },
        { name: 'Markus Franz', affiliation: 'Modern Workplace Solution Architect' },
        { name: 'Anouck Fierens', affiliation: 'MVP | MCT' },
      ],
    },
  },
  'c3voc-schedule-json-frab-camp2019.json': {
    format: 'frab-json',
    count: 79,
    event: 'Chaos Communication Camp 2019',
    timeZone: 'Europe/Berlin',
    sample: {
      title: 'Opening Ceremony',
      start: '2019-08-21T09:00:00Z',
      end: '2019-08-21T09:30:00Z',
      room: 'Curie',
      track: 'CCC',
      speakers: [
        { name: 'jinxx', affiliation: null },
        { name: 'smtw', affiliation: null },
      ],
    },
  },
  'frab-schedule-39c3.xml': {
    format: 'frab-xml',
    count: 215,
    event: '39th Chaos Communications Congress',
    timeZone: 'Europe/Berlin',
    sample: {
      title: 'All my Deutschlandtickets gone: Fraud at an industrial scale',
      start: '2025-12-27T15:00:00Z',
      end: '2025-12-27T16:00:00Z',
      room: 'One',
      track: 'Security',
      speakers: [
        { name: 'Q Misell', affiliation: null },
        { name: 'maya / 551724', affiliation: null },
      ],
    },
  },
  'pentabarf-fosdem-2024-trimmed.xml': {
    format: 'pentabarf',
    count: 337,
    event: 'FOSDEM 2024',
    timeZone: 'Europe/Brussels',
    sample: {
      title: 'Welcome to FOSDEM 2024',
      start: '2024-02-03T08:30:00Z',
      end: '2024-02-03T08:55:00Z',
      room: 'Janson',
      track: 'Keynotes',
      kind: 'keynote',
      speakers: [
        { name: 'FOSDEM Staff', affiliation: null },
        { name: 'Richard "RichiH" Hartmann', affiliation: null },
      ],
    },
  },
  'sched-export-penguicon2019.csv': {
    format: 'csv',
    count: 401,
    event: 'Penguicon 2019',
    timeZone: 'America/Detroit',
    sample: {
      title: 'Building an Open Source Artificial Pancreas',
      start: '2019-05-03T20:00:00Z',
      end: '2019-05-03T21:00:00Z',
      room: 'Algonquin C/D',
      track: 'Tech',
      speakers: [{ name: 'Sarah Withee', affiliation: null }],
    },
  },
};

describe('importing the real schedule exports', () => {
  for (const [name, expected] of Object.entries(EXPECTED)) {
    it(`${name}: counts, one session field by field, and an idempotent re-import`, () => {
      const { db } = tempDb();
      const { summary } = importReal(db, name);
      expect(summary).toMatchObject({ format: expected.format, event: expected.event, timeZone: expected.timeZone });
      expect(summary.problems).toEqual([]);
      expect(summary.counts).toEqual({ new: expected.count, changed: 0, removed: 0, unchanged: 0, skipped: 0 });
      const sessions = all(db);
      expect(sessions).toHaveLength(expected.count);
      const found = sessions.filter((s) => s.title === expected.sample.title);
      expect(found).toHaveLength(1);
      const s = found[0]!;
      expect(utc(s)).toEqual({ start: expected.sample.start, end: expected.sample.end });
      expect(s).toMatchObject({ room: expected.sample.room, track: expected.sample.track, event: expected.event });
      expect(s.speakers).toEqual(expected.sample.speakers);
      if (expected.sample.kind) expect(s.kind).toBe(expected.sample.kind);

      const again = importReal(db, name);
      expect(again.summary.counts).toEqual({ new: 0, changed: 0, removed: 0, unchanged: expected.count, skipped: 0 });
      const strip = (list: SessionView[]) => list.map(({ changes: _c, ...rest }) => rest);
      expect(strip(all(db))).toEqual(strip(sessions));
    });
  }

  it('keeps breaks and logistics as their kind and hides them from the catalogue by default', () => {
    const { db } = tempDb();
    importReal(db, 'sched-kccnceu2026-all.ics');
    const everything = all(db);
    const badge = everything.filter((s) => s.title === 'Badge Pick-Up');
    expect(badge.length).toBeGreaterThan(1);
    expect(badge.every((s) => s.kind === 'other')).toBe(true);
    expect(everything.find((s) => s.title.startsWith('Coffee Break'))!.kind).toBe('break');
    const catalogue = listSessions(db);
    expect(catalogue.some((s) => s.kind === 'break' || s.kind === 'other')).toBe(false);
    expect(catalogue.length).toBe(everything.filter((s) => s.kind !== 'break' && s.kind !== 'other').length);
  });

  it('uses the sched id as the session id, so a feed post about the talk merges with its timing', () => {
    const { db } = tempDb();
    importReal(db, 'sched-kccnceu2026-all.ics');
    const s = all(db).find((x) => x.title.startsWith('Crossplane - The Cloud Native Framework'))!;
    expect(s.sessionKey).toBe('442db1ee1ff99470352c17b8e1b82a27');
    expect(s.url).toBe('https://kccnceu2026.sched.com/event/442db1ee1ff99470352c17b8e1b82a27');
    expect(s.speakers).toEqual([
      { name: 'Jared Watts', affiliation: 'Upbound' },
      { name: 'Adam Wolfe Gordon', affiliation: 'Upbound' },
    ]);
  });

  it("keeps a description's paragraphs, without the HTML entities Sched leaves in", () => {
    const { db } = tempDb();
    importReal(db, 'sched-kccnceu2026-all.ics');
    const summit = all(db).find((x) => x.sessionKey === '0c2c3729721440b841aaaf02e5d99579')!;
    expect(summit.abstract).toMatch(
      /^THIS EVENT IS SOLD OUT\. PLEASE REVIEW WAITLIST PROCESS\.\n\nView the Maintainer Summit Schedule\./,
    );
    expect(all(db).filter((x) => x.abstract?.includes('\n')).length).toBeGreaterThan(100);
  });

  it('covers every shared export', () => {
    expect(Object.keys(EXPECTED).sort()).toEqual(Object.keys(REAL).sort());
  });
});

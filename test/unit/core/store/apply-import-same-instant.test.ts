// Two schedules imported within one millisecond: the later import still wins, as it would a moment later.
import { describe, expect, it } from 'vitest';
import { applyImport } from '../../../../src/core/store/apply-import';
import { listSessions } from '../../../../src/core/store/read-sessions';
import type { ImportBatch } from '../../../../src/shared/types';
import { record, tempDb } from '../../helpers';

const at = (iso: string) => () => new Date(iso);
const scheduleFile = (location: string, start: string, room: string): ImportBatch => ({
  source: { kind: 'schedule', location, title: null },
  sessions: [record({ sessionKey: 'A1', start, end: null, timeZone: 'Europe/Paris', room })],
});

describe('applyImport when two sources are seen in the same millisecond', () => {
  const first = scheduleFile('/tmp/first.ics', '2024-03-20T08:00:00+01:00', 'Hall A');
  const second = scheduleFile('/tmp/second.ics', '2024-03-20T11:00:00+01:00', 'Hall B');

  it('shows what the later import says', () => {
    const { db } = tempDb();
    applyImport(db, first, { now: at('2024-01-01T00:00:00.000Z') });
    applyImport(db, second, { now: at('2024-01-01T00:00:00.000Z') });
    const [session] = listSessions(db);
    expect(session).toMatchObject({ start: '2024-03-20T11:00:00+01:00', room: 'Hall B' });
  });

  it('then repeating that import a moment later changes nothing', () => {
    const { db } = tempDb();
    applyImport(db, first, { now: at('2024-01-01T00:00:00.000Z') });
    applyImport(db, second, { now: at('2024-01-01T00:00:00.000Z') });
    const again = applyImport(db, second, { now: at('2024-01-01T00:00:05.000Z') });
    expect(again.counts).toEqual({ new: 0, changed: 0, removed: 0, unchanged: 1 });
  });
});

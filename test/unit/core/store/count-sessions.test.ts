// countSessions (what the app's start-up status shows) agrees with listSessions for every listing
// option, over a real catalogue with breaks, and sessions a newer import dropped.
import { describe, expect, it } from 'vitest';
import { applyImport } from '../../../../src/core/store/apply-import';
import { countSessions, listSessions } from '../../../../src/core/store/read-sessions';
import { catalogueBatches } from '../../../fixtures/catalogue/catalogue-batches';
import { tempDb } from '../../helpers';

describe('countSessions', () => {
  it('counts what listSessions lists, removed sessions and breaks included or not', () => {
    const { db } = tempDb();
    const batches = catalogueBatches();
    for (const batch of batches) applyImport(db, batch);
    // The same schedule again without its last 40 sessions: those are marked removed.
    const first = batches[0]!;
    applyImport(db, { ...first, sessions: first.sessions.slice(0, -40) });
    const all = listSessions(db, { includeRemoved: true, includeNonSessions: true });
    expect(all.some((s) => s.status === 'removed')).toBe(true);
    expect(all.some((s) => s.kind === 'break')).toBe(true);
    for (const includeRemoved of [false, true])
      for (const includeNonSessions of [false, true]) {
        const options = { includeRemoved, includeNonSessions };
        expect(countSessions(db, options), JSON.stringify(options)).toBe(listSessions(db, options).length);
      }
    expect(countSessions(db)).toBeLessThan(all.length);
  });
});

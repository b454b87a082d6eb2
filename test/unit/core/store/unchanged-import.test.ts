// Re-importing what a source already sent: recognized before any per-field work, so no backup is
// taken and no session or provenance row is rewritten; anything else still takes the full import.
import { describe, expect, it } from 'vitest';
import { applyImport } from '../../../../src/core/store/apply-import';
import { listSessions } from '../../../../src/core/store/read-sessions';
import type { ImportBatch } from '../../../../src/shared/types';
import { catalogueBatches } from '../../../fixtures/catalogue/catalogue-batches';
import { record, tempDb } from '../../helpers';

const at = (iso: string) => () => new Date(iso);
const provenance = (db: ReturnType<typeof tempDb>['db']) =>
  db.prepare('SELECT source_id, record_id, session_key, record, seen_at FROM session_sources ORDER BY 1, 2').all();

describe('an unchanged re-import', () => {
  it('takes no backup, rewrites no provenance, and is still listed in the import history', () => {
    const { db } = tempDb();
    const [schedule] = catalogueBatches();
    const first = applyImport(db, schedule!, { now: at('2026-03-01T00:00:00Z') });
    const sessions = listSessions(db);
    const rows = provenance(db);
    let backups = 0;
    const again = applyImport(db, schedule!, { now: at('2026-03-02T00:00:00Z'), beforeWrite: () => (backups += 1) });
    expect(backups).toBe(0);
    expect(again.counts).toEqual({ new: 0, changed: 0, removed: 0, unchanged: first.counts.new });
    expect(again.importId).toBeGreaterThan(first.importId);
    expect(provenance(db)).toEqual(rows);
    expect(listSessions(db)).toEqual(sessions);
    const fetched = db.prepare('SELECT last_fetched_at FROM sources WHERE id = ?').pluck().get(again.sourceId);
    expect(fetched).toBe('2026-03-02T00:00:00.000Z');
  });

  it('one changed record makes it a real import, with its backup', () => {
    const { db } = tempDb();
    const [schedule] = catalogueBatches();
    applyImport(db, schedule!);
    const changed: ImportBatch = {
      ...schedule!,
      sessions: schedule!.sessions.map((s, i) => (i === 3 ? { ...s, room: 'Hall Z' } : s)),
    };
    let backups = 0;
    const result = applyImport(db, changed, { beforeWrite: () => (backups += 1) });
    expect(backups).toBe(1);
    expect(result.counts.changed).toBe(1);
    expect(listSessions(db).find((s) => s.sessionKey === schedule!.sessions[3]!.sessionKey)?.room).toBe('Hall Z');
  });

  it('a session another source also feeds goes through the merge again (the newer import wins)', () => {
    const { db } = tempDb();
    const feed = (title: string): ImportBatch => ({
      source: { kind: 'feed', location: 'https://blog.example/feed.xml', title: 'Blog' },
      sessions: [record({ sessionKey: 'A1', title, track: 'Security' })],
    });
    const other: ImportBatch = {
      source: { kind: 'feed', location: 'https://other.example/feed.xml', title: 'Other' },
      sessions: [record({ sessionKey: 'A1', title: 'Securing Kubernetes', track: 'Operations' })],
    };
    applyImport(db, feed('Securing Kubernetes'), { now: at('2026-03-01T00:00:00Z') });
    applyImport(db, other, { now: at('2026-03-02T00:00:00Z') });
    expect(listSessions(db)[0]!.track).toBe('Operations');
    let backups = 0;
    applyImport(db, feed('Securing Kubernetes'), {
      now: at('2026-03-03T00:00:00Z'),
      beforeWrite: () => (backups += 1),
    });
    expect(backups).toBe(1);
    expect(listSessions(db)[0]!.track).toBe('Security');
  });
});

// Issue 13: a break can be starred, and then it must not vanish from the agenda, the export or an
// agenda import. One rule everywhere: unstarred breaks stay out of the catalogue, starred ones are in.
import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { setStar } from '../../../../src/core/store/agenda';
import { listSessions } from '../../../../src/core/store/read-sessions';
import { exportSessions } from '../../../../src/core/use-cases/export-sessions';
import { previewAgendaImport } from '../../../../src/core/use-cases/import-agenda';
import { buildAgendaPlan } from '../../../../src/core/agenda/build-plan';
import { tempDb } from '../../helpers';
import { importReal } from '../importers/schedule-helpers';

function eventTitles(text: string): string[] {
  return new ICAL.Component(ICAL.parse(text))
    .getAllSubcomponents('vevent')
    .map((v) => String(v.getFirstPropertyValue('summary')));
}

describe('a starred break in the KubeCon EU 2026 Sched export', () => {
  it('stays in the catalogue, the agenda, the agenda export and an agenda import', () => {
    const { db } = tempDb();
    importReal(db, 'sched-kccnceu2026-all.ics');
    const everything = listSessions(db, { includeNonSessions: true });
    const aBreak = everything.find((s) => s.kind === 'break' && s.start !== null);
    expect(aBreak, 'the export holds breaks').toBeDefined();
    const unstarredCount = listSessions(db).length;
    expect(listSessions(db).some((s) => s.sessionKey === aBreak!.sessionKey)).toBe(false);

    setStar(db, aBreak!.sessionKey, 'going');
    setStar(db, everything.find((s) => s.kind === 'talk')!.sessionKey, 'going');

    expect(listSessions(db).length).toBe(unstarredCount + 1);
    expect(listSessions(db).find((s) => s.sessionKey === aBreak!.sessionKey)?.agenda).toBe('going');
    const plan = buildAgendaPlan(listSessions(db, { includeRemoved: true }));
    expect(JSON.stringify(plan)).toContain(aBreak!.sessionKey);

    const { text } = exportSessions({ db }, { kind: 'agenda', includeMaybe: false });
    expect(eventTitles(text)).toContain(aBreak!.title);
    expect(eventTitles(text)).toHaveLength(2);

    const other = tempDb().db;
    importReal(other, 'sched-kccnceu2026-all.ics');
    const preview = previewAgendaImport({ db: other }, text);
    expect(preview.matches.map((m) => m.sessionKey)).toContain(aBreak!.sessionKey);
    expect(preview.matches).toHaveLength(2);
  });
});

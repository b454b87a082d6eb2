// A team's agendas on the real KubeCon EU 2026 schedule: a colleague's calendar becomes a named
// overlay that never touches the user's stars; coverage, free slots, and an agenda shared with
// only the notes the user chose.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { listEntries } from '../../../../src/core/store/agenda';
import { listSessions } from '../../../../src/core/store/read-sessions';
import { importSource } from '../../../../src/core/use-cases/import-source';
import { setNote, setStar } from '../../../../src/core/use-cases/star';
import {
  addTeamMember,
  exportForColleague,
  listTeam,
  removeTeamMember,
  restoreTeamMember,
  teamCoverage,
  teamMeetSlots,
  teamOverlay,
} from '../../../../src/core/use-cases/team';
import { programmeHours } from '../../../../src/core/team/meet-slots';
import { FIXTURES, tempDb, thrown } from '../../helpers';

const SCHEDULE = path.join(FIXTURES, 'schedules', 'sched-kccnceu2026-all.ics');
const TUESDAY = path.join(FIXTURES, 'schedules', 'sched-kccnceu2026-tuesday-morning.ics');

async function catalogue() {
  const { db } = tempDb();
  const deps = { db, backup: () => {} };
  await importSource(deps, { location: SCHEDULE });
  return deps;
}

describe('a colleague’s agenda', () => {
  it('reads any calendar of sessions (a Sched export) as an overlay, leaving the user’s stars alone', async () => {
    const deps = await catalogue();
    const mine = listSessions(deps.db)[10]!;
    setStar(deps, [mine.sessionKey], 'going');
    const before = listEntries(deps.db);
    const result = addTeamMember(deps, { name: 'Ana', text: fs.readFileSync(TUESDAY, 'utf8'), fileName: 'ana.ics' });
    // The Tuesday morning file holds 67 events; those the catalogue shows as sessions match.
    expect(result.matched).toBeGreaterThan(40);
    expect(listEntries(deps.db)).toEqual(before);
    expect(listTeam(deps)).toEqual([expect.objectContaining({ name: 'Ana', sessionCount: result.matched })]);
    const overlay = teamOverlay(deps);
    expect(overlay.length).toBe(result.matched);
    expect(overlay[0]!.members).toEqual([{ name: 'Ana', status: 'going' }]);
    // A new file of hers replaces the old overlay; removing her removes it.
    const removed = removeTeamMember(deps, 'Ana');
    expect(teamOverlay(deps)).toEqual([]);
    expect(removed.entries).toHaveLength(result.matched);
    // Undo puts her back with the same sessions; a second Ana is refused.
    restoreTeamMember(deps, { name: 'Ana', entries: removed.entries });
    expect(teamOverlay(deps)).toEqual(overlay);
    expect(thrown(() => restoreTeamMember(deps, { name: 'Ana', entries: [] })).message).toMatch(/already in the team/);
    removeTeamMember(deps, 'Ana');
    expect(thrown(() => removeTeamMember(deps, 'Ana')).message).toMatch(/no colleague named "Ana"/);
  });

  it('shares the user’s agenda with stars and only the chosen notes, and reads it back', async () => {
    const deps = await catalogue();
    const [a, b] = listSessions(deps.db).filter((s) => s.start);
    setStar(deps, [a!.sessionKey], 'going');
    setStar(deps, [b!.sessionKey], 'maybe');
    setNote(deps, a!.sessionKey, 'shared: meet at the booth after');
    setNote(deps, b!.sessionKey, 'private: skip if tired');
    const file = exportForColleague(deps, { shareNotes: [a!.sessionKey] });
    expect(file.eventCount).toBe(2);
    expect(file.text).toContain('meet at the booth after');
    expect(file.text).not.toContain('skip if tired');
    expect(exportForColleague(deps, { shareNotes: 'none' }).text).not.toContain('meet at the booth');
    // The colleague's kubeplan reads it with the levels intact (here the same catalogue).
    const back = addTeamMember(deps, { name: 'Bo', text: file.text, fileName: 'bo.ics' });
    expect(back.matched).toBe(2);
    const levels = new Map(teamOverlay(deps).map((t) => [t.sessionKey, t.members[0]!.status]));
    expect(levels.get(a!.sessionKey)).toBe('going');
    expect(levels.get(b!.sessionKey)).toBe('maybe');
  });

  it('refuses a file that matches nothing, naming it', async () => {
    const deps = await catalogue();
    const other = fs.readFileSync(path.join(FIXTURES, 'schedules', 'frab-schedule-39c3.xml'), 'utf8');
    const error = thrown(() => addTeamMember(deps, { name: 'Cy', text: other, fileName: '39c3.xml' }));
    expect(error.where).toMatch(/^39c3\.xml/);
    expect(listTeam(deps)).toEqual([]);
  });
});

describe('coverage and meeting', () => {
  it("takes a day's hours from its programme, leaving out a start or end an hour or more apart from the rest", () => {
    const h = (t: string) => Date.parse(`2026-03-25T${t}:00Z`);
    const run = { start: h('05:30'), end: h('06:45') };
    const talks = [h('08:00'), h('08:30'), h('09:00')].map((start) => ({ start, end: start + 1800_000 }));
    const party = { start: h('19:00'), end: h('22:00') };
    const all = [run, ...talks, party];
    expect(
      programmeHours(
        all.map((s) => s.start),
        all.map((s) => s.end),
      ),
    ).toEqual({ from: h('08:00'), to: h('09:30') });
    // Sequential talks in one room are a programme, not stragglers.
    expect(programmeHours([h('09:00'), h('09:45')], [h('09:40'), h('10:30')])).toEqual({
      from: h('09:00'),
      to: h('10:30'),
    });
    expect(programmeHours([h('09:00')], [h('09:40')])).toEqual({ from: h('09:00'), to: h('09:40') });
    expect(programmeHours([], [])).toBeNull();
  });

  it('lists sessions of a track nobody attends, and slots where everyone is free', async () => {
    const deps = await catalogue();
    const security = listSessions(deps.db).filter((s) => s.track === 'SECURITY');
    expect(security.length).toBeGreaterThan(10);
    setStar(deps, [security[0]!.sessionKey], 'going');
    const tuesday = fs.readFileSync(TUESDAY, 'utf8');
    addTeamMember(deps, { name: 'Ana', text: tuesday, fileName: 'ana.ics' });
    const coverage = teamCoverage(deps, ['SECURITY']);
    const attended = new Set(teamOverlay(deps).map((t) => t.sessionKey));
    expect(coverage.uncovered.map((s) => s.sessionKey)).not.toContain(security[0]!.sessionKey);
    for (const s of coverage.uncovered) expect(attended.has(s.sessionKey)).toBe(false);
    expect(coverage.covered + coverage.uncovered.length).toBe(security.length);
    expect(thrown(() => teamCoverage(deps, ['Knitting'])).message).toMatch(/no track named "Knitting"/);
    // Ana is busy all Tuesday morning: no free slot there overlaps one of her sessions.
    const slots = teamMeetSlots(deps, 30);
    const busy = listSessions(deps.db).filter((s) => attended.has(s.sessionKey));
    for (const slot of slots) {
      expect(slot.minutes).toBeGreaterThanOrEqual(30);
      for (const s of busy) expect(s.start! < slot.end && slot.start < s.end!).toBe(false);
    }
    expect(slots.some((s) => s.date === '2026-03-24')).toBe(true);
    // A day's hours are its programme's: Wednesday's 06:30 Group Fun Run (filed as a talk) does not
    // open a 06:30 meeting slot once someone goes to a Wednesday session.
    const wednesday = listSessions(deps.db).filter((s) => s.date === '2026-03-25' && s.kind === 'keynote');
    setStar(deps, [wednesday[0]!.sessionKey], 'going');
    const wednesdaySlots = teamMeetSlots(deps, 30).filter((s) => s.date === '2026-03-25');
    expect(wednesdaySlots.length).toBeGreaterThan(0);
    for (const slot of wednesdaySlots) expect(slot.start >= '2026-03-25T07:00:00.000Z').toBe(true);
  });
});

// Colleagues' agendas: one named overlay per colleague, kept apart from the user's own stars.
import { KubeplanError } from '../../shared/errors';
import type { RemovedTeamMember, TeamAgendaEntry, TeamAttendance, TeamMember } from '../../shared/planning-types';
import type { AgendaStatus } from '../../shared/types';
import type { Db } from './db';

export type TeamEntry = TeamAgendaEntry;

/** Replaces the colleague's overlay (a new file of theirs supersedes the old one), in one transaction. */
export function saveMember(db: Db, name: string, entries: readonly TeamEntry[], now: Date): TeamMember {
  return db.transaction(() => {
    db.prepare(
      'INSERT INTO team_members (name, imported_at) VALUES (?, ?) ON CONFLICT (name) DO UPDATE SET imported_at = excluded.imported_at',
    ).run(name, now.toISOString());
    const { id } = db.prepare<[string], { id: number }>('SELECT id FROM team_members WHERE name = ?').get(name)!;
    db.prepare('DELETE FROM team_agenda WHERE member_id = ?').run(id);
    const insert = db.prepare(
      'INSERT OR REPLACE INTO team_agenda (member_id, session_key, status, note) VALUES (?, ?, ?, ?)',
    );
    for (const e of entries) insert.run(id, e.sessionKey, e.status, e.note);
    return listMembers(db).find((m) => m.id === id)!;
  })();
}

export function listMembers(db: Db): TeamMember[] {
  return db
    .prepare<[], { id: number; name: string; imported_at: string; n: number }>(
      `SELECT m.id, m.name, m.imported_at, COUNT(a.session_key) AS n
       FROM team_members m LEFT JOIN team_agenda a ON a.member_id = m.id
       GROUP BY m.id ORDER BY m.name COLLATE NOCASE`,
    )
    .all()
    .map((r) => ({ id: r.id, name: r.name, importedAt: r.imported_at, sessionCount: r.n }));
}

/** Removes a colleague by name, answering with their agenda (for Undo); unknown names are refused by name. */
export function removeMember(db: Db, name: string): RemovedTeamMember {
  return db.transaction(() => {
    const member = listMembers(db).find((m) => m.name === name);
    if (!member) throw new KubeplanError('not-found', `no colleague named "${name}"`, 'name');
    const entries = db
      .prepare<[number], { session_key: string; status: AgendaStatus; note: string | null }>(
        'SELECT session_key, status, note FROM team_agenda WHERE member_id = ? ORDER BY session_key',
      )
      .all(member.id)
      .map((r) => ({ sessionKey: r.session_key, status: r.status, note: r.note }));
    db.prepare('DELETE FROM team_members WHERE id = ?').run(member.id);
    return { member, entries };
  })();
}

/** Per session, who of the team goes (sessions nobody goes to are absent). */
export function teamAttendance(db: Db): TeamAttendance[] {
  const rows = db
    .prepare<[], { session_key: string; name: string; status: AgendaStatus }>(
      `SELECT a.session_key, m.name, a.status FROM team_agenda a JOIN team_members m ON m.id = a.member_id
       ORDER BY a.session_key, m.name COLLATE NOCASE`,
    )
    .all();
  const bySession = new Map<string, TeamAttendance>();
  for (const r of rows) {
    let entry = bySession.get(r.session_key);
    if (!entry) bySession.set(r.session_key, (entry = { sessionKey: r.session_key, members: [] }));
    entry.members.push({ name: r.name, status: r.status });
  }
  return [...bySession.values()];
}

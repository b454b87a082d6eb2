// `kubeplan agenda`: your starred sessions day by day, with conflicts, changes and removals marked.
import { buildAgendaPlan } from '../../core/agenda/build-plan';
import { listSessions } from '../../core/store/read-sessions';
import type { SessionView } from '../../shared/types';
import type { Command } from '../command';
import { timeColumn } from '../format';
import { printJson } from '../io';
import { toCliSession } from '../session-json';

function line(session: SessionView, conflict: boolean): string {
  const marks = [
    session.agenda === 'maybe' ? 'maybe' : null,
    conflict ? 'CONFLICT' : null,
    session.status === 'removed' ? 'REMOVED' : null,
    session.status === 'active' && session.changes.some((c) => c !== 'new')
      ? `CHANGED (${session.changes.join(', ')})`
      : null,
  ].filter(Boolean);
  const note = session.note ? `\n           note: ${session.note.replace(/\s+/g, ' ')}` : '';
  return `  ${timeColumn(session)}  ${session.sessionKey.padEnd(8)} ${session.title}${session.room ? ` — ${session.room}` : ''}${
    marks.length > 0 ? `  [${marks.join('; ')}]` : ''
  }${note}\n`;
}

export const agendaCommand: Command = {
  name: 'agenda',
  usage: 'agenda                  show your agenda (--json: starred sessions with status and note)',
  run({ json, io, openDb }) {
    const sessions = listSessions(openDb(), { includeRemoved: true });
    const plan = buildAgendaPlan(sessions);
    if (json) {
      printJson(io, {
        sessions: sessions.filter((s) => s.agenda !== null).map(toCliSession),
        conflictCount: plan.conflictCount,
        removedCount: plan.removedCount,
        changedCount: plan.changedCount,
        unscheduledCount: plan.unscheduled.length,
      });
      return 0;
    }
    if (plan.total === 0) {
      io.stdout('Your agenda is empty. Star sessions with: kubeplan star <key>\n');
      return 0;
    }
    for (const day of plan.days) {
      io.stdout(`${day.date}\n`);
      for (const block of day.blocks) for (const s of block.sessions) io.stdout(line(s, block.sessions.length > 1));
      for (const s of day.untimed) io.stdout(line(s, false));
    }
    if (plan.unscheduled.length > 0) {
      io.stdout('Day not announced\n');
      for (const s of plan.unscheduled) io.stdout(line(s, false));
    }
    io.stdout(
      `${plan.total} starred, ${plan.conflictCount} conflicts, ${plan.changedCount} changed, ${plan.removedCount} removed\n`,
    );
    return 0;
  },
};

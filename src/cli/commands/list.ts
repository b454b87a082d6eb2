// `kubeplan list`: the stored sessions, as a table or JSON.
import { listSessions } from '../../core/store/read-sessions';
import type { Command } from '../command';
import { printJson } from '../io';
import { toCliSession } from '../session-json';

export const listCommand: Command = {
  name: 'list',
  usage: 'list                    list the stored sessions',
  run({ json, io, openDb }) {
    const sessions = listSessions(openDb());
    if (json) {
      printJson(io, sessions.map(toCliSession));
      return 0;
    }
    for (const s of sessions) {
      const when = s.start ? s.start.slice(0, 16).replace('T', ' ') : (s.date ?? 'unscheduled');
      const who = s.speakers.map((p) => p.name).join(', ');
      io.stdout(`${s.sessionKey.padEnd(8)} ${when.padEnd(16)} ${s.title}${who ? ` — ${who}` : ''}\n`);
    }
    io.stdout(`${sessions.length} sessions\n`);
    return 0;
  },
};

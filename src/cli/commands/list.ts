// `kubeplan list`: the stored sessions, as a table or JSON.
import { listSessions } from '../../core/store/read-sessions';
import type { Command } from '../command';
import { sessionLine } from '../format';
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
    for (const s of sessions) io.stdout(sessionLine(s));
    io.stdout(`${sessions.length} sessions\n`);
    return 0;
  },
};

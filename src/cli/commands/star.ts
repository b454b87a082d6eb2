// `kubeplan star KEY [--maybe]`, `kubeplan unstar KEY`, `kubeplan note KEY TEXT`: the agenda from the shell.
import { setNote, setStar } from '../../core/agenda/agenda-store';
import { getSession } from '../../core/store/read-sessions';
import { UsageError, type Command } from '../command';
import { printJson } from '../io';

export const starCommand: Command = {
  name: 'star',
  usage: 'star <key>... [--maybe] add sessions to your agenda ("going", or "maybe")',
  options: { maybe: { type: 'boolean', default: false } },
  run({ args, values, json, io, openDb }) {
    if (args.length === 0) throw new UsageError('star needs a session key');
    const db = openDb();
    const status = values['maybe'] === true ? 'maybe' : 'going';
    const entries = args.map((sessionKey) => setStar(db, sessionKey, status));
    if (json) printJson(io, entries);
    else for (const sessionKey of args) io.stdout(`★ ${status}: ${getSession(db, sessionKey).title}\n`);
    return 0;
  },
};

export const unstarCommand: Command = {
  name: 'unstar',
  usage: 'unstar <key>...         remove sessions from your agenda (notes are kept)',
  run({ args, json, io, openDb }) {
    if (args.length === 0) throw new UsageError('unstar needs a session key');
    const db = openDb();
    const entries = args.map((sessionKey) => setStar(db, sessionKey, null));
    if (json) printJson(io, entries);
    else for (const sessionKey of args) io.stdout(`☆ removed from agenda: ${getSession(db, sessionKey).title}\n`);
    return 0;
  },
};

export const noteCommand: Command = {
  name: 'note',
  usage: 'note <key> [text]       set your note on a session (no text clears it)',
  run({ args, json, io, openDb }) {
    const [sessionKey, ...words] = args;
    if (!sessionKey) throw new UsageError('note needs a session key');
    const entry = setNote(openDb(), sessionKey, words.length > 0 ? words.join(' ') : null);
    if (json) printJson(io, entry);
    else io.stdout(entry.note ? `note saved for ${sessionKey}\n` : `note cleared for ${sessionKey}\n`);
    return 0;
  },
};

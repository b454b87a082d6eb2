// `kubeplan star ID [--maybe]`, `kubeplan unstar ID`, `kubeplan note ID TEXT`: the agenda from the shell.
import { setNote, setStar } from '../../core/agenda/agenda-store';
import { getSession } from '../../core/store/read-sessions';
import { UsageError, type Command } from '../command';
import { printJson } from '../io';

export const starCommand: Command = {
  name: 'star',
  usage: 'star <id>... [--maybe]  add sessions to your agenda ("going", or "maybe")',
  options: { maybe: { type: 'boolean', default: false } },
  run({ args, values, json, io, openDb }) {
    if (args.length === 0) throw new UsageError('star needs a session id');
    const db = openDb();
    const status = values['maybe'] === true ? 'maybe' : 'going';
    const entries = args.map((id) => setStar(db, id, status));
    if (json) printJson(io, entries);
    else for (const id of args) io.stdout(`★ ${status}: ${getSession(db, id).title}\n`);
    return 0;
  },
};

export const unstarCommand: Command = {
  name: 'unstar',
  usage: 'unstar <id>...          remove sessions from your agenda (notes are kept)',
  run({ args, json, io, openDb }) {
    if (args.length === 0) throw new UsageError('unstar needs a session id');
    const db = openDb();
    const entries = args.map((id) => setStar(db, id, null));
    if (json) printJson(io, entries);
    else for (const id of args) io.stdout(`☆ removed from agenda: ${getSession(db, id).title}\n`);
    return 0;
  },
};

export const noteCommand: Command = {
  name: 'note',
  usage: 'note <id> [text]        set your note on a session (no text clears it)',
  run({ args, json, io, openDb }) {
    const [id, ...words] = args;
    if (!id) throw new UsageError('note needs a session id');
    const entry = setNote(openDb(), id, words.length > 0 ? words.join(' ') : null);
    if (json) printJson(io, entry);
    else io.stdout(entry.note ? `note saved for ${id}\n` : `note cleared for ${id}\n`);
    return 0;
  },
};

// `kubeplan star KEY [--maybe]`, `kubeplan unstar KEY`, `kubeplan note KEY TEXT`: the agenda from the
// shell, over the star use case (several keys are one transaction: an unknown one changes nothing).
import { setNote, setStar } from '../../core/use-cases/star';
import { UsageError, type Command } from '../command';
import { printJson } from '../io';

export const starCommand: Command = {
  name: 'star',
  usage: 'star <key>... [--maybe] add sessions to your agenda ("going", or "maybe")',
  options: { maybe: { type: 'boolean', default: false } },
  run({ args, values, json, io, deps }) {
    if (args.length === 0) throw new UsageError('star needs a session key');
    const status = values['maybe'] === true ? 'maybe' : 'going';
    const changes = setStar(deps(), args, status);
    if (json)
      printJson(
        io,
        changes.map((c) => c.entry),
      );
    else for (const { title } of changes) io.stdout(`★ ${status}: ${title}\n`);
    return 0;
  },
};

export const unstarCommand: Command = {
  name: 'unstar',
  usage: 'unstar <key>...         remove sessions from your agenda (notes are kept)',
  run({ args, json, io, deps }) {
    if (args.length === 0) throw new UsageError('unstar needs a session key');
    const changes = setStar(deps(), args, null);
    if (json)
      printJson(
        io,
        changes.map((c) => c.entry),
      );
    else for (const { title } of changes) io.stdout(`☆ removed from agenda: ${title}\n`);
    return 0;
  },
};

export const noteCommand: Command = {
  name: 'note',
  usage: 'note <key> [text]       set your note on a session (no text clears it)',
  run({ args, json, io, deps }) {
    const [sessionKey, ...words] = args;
    if (!sessionKey) throw new UsageError('note needs a session key');
    const entry = setNote(deps(), sessionKey, words.length > 0 ? words.join(' ') : null);
    if (json) printJson(io, entry);
    else io.stdout(entry.note ? `note saved for ${sessionKey}\n` : `note cleared for ${sessionKey}\n`);
    return 0;
  },
};

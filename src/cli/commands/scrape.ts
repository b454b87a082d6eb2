// `kubeplan scrape FILE|URL`: prints the sessions a feed lists, without storing anything.
import { scrapeSource } from '../../core/use-cases/scrape-source';
import { UsageError, type Command } from '../command';
import { speakerNames, whenColumn } from '../format';
import { printJson } from '../io';
import { toCliSession } from '../session-json';

export const scrapeCommand: Command = {
  name: 'scrape',
  usage: 'scrape <file|url>        print the sessions a feed lists (nothing is stored)',
  async run({ args, json, io }) {
    if (args.length !== 1) throw new UsageError('scrape needs exactly one file or URL');
    const { sessions } = await scrapeSource({}, args[0]!);
    if (json) {
      printJson(io, sessions.map(toCliSession));
      return 0;
    }
    for (const s of sessions) {
      const who = speakerNames(s, true);
      io.stdout(
        `${s.sessionKey.padEnd(10)} ${s.kind.padEnd(9)} ${whenColumn(s).padEnd(16)} ${s.title}${who ? ` — ${who}` : ''}\n`,
      );
    }
    io.stdout(`${sessions.length} sessions\n`);
    return 0;
  },
};

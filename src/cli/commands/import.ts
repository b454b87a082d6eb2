// `kubeplan import FILE...`: scrapes feed files and stores their sessions.
import { importFeedFile } from '../../core/catalog/import-file';
import { UsageError, type Command } from '../command';
import { printJson } from '../io';

export const importCommand: Command = {
  name: 'import',
  usage: 'import <file>...        scrape feed files (RSS/Atom) and store their sessions',
  run({ args, json, io, openDb }) {
    if (args.length === 0) throw new UsageError('import needs at least one file');
    const db = openDb();
    for (const file of args) {
      const { counts } = importFeedFile(db, file);
      if (json) printJson(io, { file, counts });
      else
        io.stdout(
          `${file}: ${counts.new} new, ${counts.changed} changed, ${counts.removed} removed, ${counts.unchanged} unchanged\n`,
        );
    }
    return 0;
  },
};

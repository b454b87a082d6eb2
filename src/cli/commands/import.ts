// `kubeplan import FILE|URL...`: reads files or downloads URLs, recognizes feeds by content, stores their sessions.
import { importSource } from '../../core/catalog/import-source';
import { UsageError, type Command } from '../command';
import { printJson } from '../io';

export const importCommand: Command = {
  name: 'import',
  usage: 'import <file|url>...    store the sessions of feeds (RSS/Atom/RDF) from files or URLs',
  async run({ args, json, io, openDb }) {
    if (args.length === 0) throw new UsageError('import needs at least one file or URL');
    const db = openDb();
    for (const file of args) {
      const { counts } = await importSource(db, file);
      if (json) printJson(io, { file, counts });
      else
        io.stdout(
          `${file}: ${counts.new} new, ${counts.changed} changed, ${counts.removed} removed, ${counts.unchanged} unchanged\n`,
        );
    }
    return 0;
  },
};

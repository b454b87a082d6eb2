// `kubeplan import FILE`: scrapes a feed file and stores its sessions.
import { importFeedFile } from '../../core/catalog/import-file';
import type { Db } from '../../core/store/open-store';
import { printJson, type CliIo } from '../io';

export function runImport(db: Db, files: string[], json: boolean, io: CliIo): number {
  for (const file of files) {
    const result = importFeedFile(db, file);
    const { counts } = result;
    if (json) printJson(io, { file, counts });
    else
      io.stdout(
        `${file}: ${counts.new} new, ${counts.changed} changed, ${counts.removed} removed, ${counts.unchanged} unchanged\n`,
      );
  }
  return 0;
}

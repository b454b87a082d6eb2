// `kubeplan import-agenda FILE.ics`: stars the sessions an .ics lists (an exported or shared agenda),
// over the agenda-import use case.
import { importAgenda, previewAgendaImport } from '../../core/use-cases/import-agenda';
import { readTextFile } from '../../core/text/read-text-file';
import type { IcsImportPreview } from '../../shared/agenda-types';
import { UsageError, type Command } from '../command';
import { printJson } from '../io';
import type { CliIo } from '../io';

function report(io: CliIo, file: string, preview: IcsImportPreview): void {
  for (const p of preview.problems) io.stderr(`${file}${p.line === null ? '' : `:${p.line}`}: ${p.message}\n`);
  for (const u of preview.unmatched) io.stderr(`${file}:${u.line}: no stored session matches "${u.title}"\n`);
}

export const importAgendaCommand: Command = {
  name: 'import-agenda',
  usage:
    'import-agenda <file.ics> [--dry-run] [--skip-bad]\n' +
    '                          star the sessions an .ics lists; bad events stop it unless --skip-bad',
  options: { 'dry-run': { type: 'boolean', default: false }, 'skip-bad': { type: 'boolean', default: false } },
  run({ args, values, json, io, deps }) {
    const file = args[0];
    if (!file) throw new UsageError('import-agenda needs an .ics file');
    const text = readTextFile(file);
    if (values['dry-run'] === true) {
      const preview = previewAgendaImport(deps(), text);
      if (json) printJson(io, preview);
      else {
        report(io, file, preview);
        io.stdout(
          `${preview.matches.length} of ${preview.eventCount} events match stored sessions; nothing changed (dry run)\n`,
        );
      }
      return preview.problems.length > 0 ? 1 : 0;
    }
    const mode = values['skip-bad'] === true ? 'valid-only' : 'all-or-nothing';
    const result = importAgenda(deps(), { text, name: file, mode });
    if (json) printJson(io, result);
    else {
      report(io, file, result.preview);
      io.stdout(`${result.applied} sessions starred from ${file}\n`);
    }
    return 0;
  },
};

// `kubeplan undo [IMPORT_ID] [--yes]`: lists the recent imports and what undoing one takes back; with
// --yes, restores the automatic backup taken just before it. A thin adapter over the undo use case.
import { listImports, planUndo, undoImport, type UndoPlan } from '../../core/use-cases/undo-import';
import { countsSentence, plural } from '../../shared/summary-text';
import { UsageError, type Command } from '../command';
import { printJson, type CliIo } from '../io';

function describePlan(io: CliIo, plan: UndoPlan, done: boolean): void {
  const { target, backup } = plan;
  io.stdout(
    `${done ? 'undid' : 'undo'} import ${target.importId} (${target.source}, ${target.finishedAt}: ${countsSentence(target.counts)})\n` +
      `  ${done ? 'restored' : 'restores'} the automatic backup of ${backup.createdAt} (${backup.reason})\n`,
  );
  const later = plan.undoes.filter((i) => i.importId !== target.importId);
  if (later.length > 0) {
    io.stdout(`  also ${done ? 'took' : 'takes'} back ${plural(later.length, 'other import')}:\n`);
    for (const i of later) io.stdout(`    ${i.importId}  ${i.source}, ${i.finishedAt}\n`);
  }
  if (plan.planChanges > 0) {
    io.stdout(`  and the star or note of ${plural(plan.planChanges, 'session')}, changed since the backup\n`);
  }
}

export const undoCommand: Command = {
  name: 'undo',
  usage: 'undo [import-id] [--yes]    list recent imports; with --yes undo the last (or that) one from its backup',
  options: { yes: { type: 'boolean', default: false } },
  run({ args, json, io, deps, files, closeDb, values }) {
    const [id, extra] = args;
    if (extra !== undefined) throw new UsageError('undo takes at most one import id');
    if (id !== undefined && !/^[1-9]\d*$/.test(id)) throw new UsageError(`"${id}" is not an import id`);
    const plan = planUndo(deps(), files, id === undefined ? undefined : Number(id));
    if (values['yes'] !== true) {
      if (json) {
        printJson(io, { undone: false, plan, imports: listImports(deps()) });
        return 0;
      }
      io.stdout('recent imports (newest first):\n');
      for (const i of listImports(deps())) {
        io.stdout(`  ${String(i.importId).padStart(4)}  ${i.finishedAt}  ${i.source}: ${countsSentence(i.counts)}\n`);
      }
      describePlan(io, plan, false);
      io.stdout(`nothing was changed: run kubeplan undo ${id ?? ''}${id ? ' ' : ''}--yes to undo it\n`);
      return 0;
    }
    closeDb();
    const keptAs = undoImport(files, plan);
    if (json) printJson(io, { undone: true, plan, replacedFileKeptAs: keptAs });
    else {
      describePlan(io, plan, true);
      if (keptAs) io.stdout(`  the database as it was is kept as ${keptAs}\n`);
    }
    return 0;
  },
};

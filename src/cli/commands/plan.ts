// `kubeplan plan --resolve [--apply]`, `plan undo`, `plan pin|unpin KEY`: a conflict-free plan shown
// as a diff of the agenda, applied only when asked, undone by one command.
import {
  applyPlan,
  changeOf,
  pinSession,
  proposeConflictFreePlan,
  setHallMinutes,
  undoPlan,
} from '../../core/use-cases/plan';
import type { PlanOptions, PlanProposal } from '../../shared/planning-types';
import { UsageError, type Command } from '../command';
import { timeColumn } from '../format';
import { printJson, type CliIo } from '../io';

function printProposal(io: CliIo, proposal: PlanProposal): void {
  for (const day of proposal.days) {
    io.stdout(`${day.date}\n`);
    const rows = [
      ...day.kept.map((s) => ({ s, text: `  = ${timeColumn(s)}  ${s.title}${s.room ? ` — ${s.room}` : ''}` })),
      ...day.dropped.map((d) => ({
        s: d.session,
        text: `  - ${timeColumn(d.session)}  ${d.session.title}  (${d.reason})`,
      })),
      ...day.added.map((r) => ({
        s: r.session,
        text: `  + ${timeColumn(r.session)}  ${r.session.title}${r.session.room ? ` — ${r.session.room}` : ''}  (${r.reasons.join('; ')})`,
      })),
    ].sort((a, b) => (a.s.start ?? '').localeCompare(b.s.start ?? ''));
    for (const row of rows) io.stdout(`${row.text}\n`);
  }
  io.stdout(
    `${proposal.droppedCount} to drop, ${proposal.addedCount} to add (${proposal.hallMinutes} min between halls)\n`,
  );
}

function optionsOf(values: Record<string, unknown>): PlanOptions {
  const options: PlanOptions = {};
  if (values['hall-minutes'] !== undefined) {
    const n = Number(values['hall-minutes']);
    if (!Number.isInteger(n) || n < 0 || n > 120) throw new UsageError('--hall-minutes must be 0 to 120');
    options.hallMinutes = n;
  }
  if (values['no-fill'] === true) options.fill = false;
  if (Array.isArray(values['day'])) options.days = values['day'] as string[];
  return options;
}

export const planCommand: Command = {
  name: 'plan',
  usage:
    'plan --resolve [--apply] a conflict-free plan as a diff (= kept, - dropped, + added); --apply changes the agenda\n' +
    '                          [--hall-minutes N] [--save-hall-minutes] [--no-fill] [--day YYYY-MM-DD]...; plan undo; plan pin|unpin <key>',
  options: {
    resolve: { type: 'boolean', default: false },
    apply: { type: 'boolean', default: false },
    'hall-minutes': { type: 'string' },
    'save-hall-minutes': { type: 'boolean', default: false },
    'no-fill': { type: 'boolean', default: false },
    day: { type: 'string', multiple: true },
  },
  run({ args, values, json, io, deps }) {
    const [verb, key] = args;
    if (verb === 'undo') {
      const undone = undoPlan(deps());
      if (json) printJson(io, undone);
      else
        io.stdout(
          `undone: the plan applied at ${undone.appliedAt} (${undone.dropped} dropped, ${undone.added} added)\n`,
        );
      return 0;
    }
    if (verb === 'pin' || verb === 'unpin') {
      if (!key) throw new UsageError(`plan ${verb} needs a session key`);
      const result = pinSession(deps(), key, verb === 'pin');
      if (json) printJson(io, { sessionKey: key, ...result });
      else io.stdout(`${verb === 'pin' ? 'pinned' : 'unpinned'}: ${key}\n`);
      return 0;
    }
    if (verb !== undefined) throw new UsageError(`unknown plan command "${verb}" (undo, pin, unpin)`);
    if (values['resolve'] !== true) throw new UsageError('plan needs --resolve (or undo, pin, unpin)');
    const options = optionsOf(values);
    if (values['save-hall-minutes'] === true && options.hallMinutes !== undefined) {
      setHallMinutes(deps(), options.hallMinutes);
    }
    const proposal = proposeConflictFreePlan(deps(), options);
    const change = changeOf(proposal);
    const apply = values['apply'] === true && change.drop.length + change.add.length > 0;
    const applied = apply ? applyPlan(deps(), change) : null;
    if (json) {
      printJson(io, { proposal, applied });
      return 0;
    }
    printProposal(io, proposal);
    if (applied) io.stdout(`applied; undo with: kubeplan plan undo\n`);
    else if (change.drop.length + change.add.length > 0) io.stdout('nothing changed; apply with --apply\n');
    return 0;
  },
};

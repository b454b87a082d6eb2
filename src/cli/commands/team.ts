// `kubeplan team add|list|remove|coverage|meet|export`: colleagues' agendas as overlays, and yours shared with them.
import fs from 'node:fs';
import path from 'node:path';
import { readTextFile } from '../../core/text/read-text-file';
import {
  addTeamMember,
  exportForColleague,
  listTeam,
  removeTeamMember,
  teamCoverage,
  teamMeetSlots,
} from '../../core/use-cases/team';
import { UsageError, type Command } from '../command';
import { whenColumn } from '../format';
import { printJson } from '../io';

export const teamCommand: Command = {
  name: 'team',
  usage:
    'team add <name> <file.ics> | list | remove <name> | coverage <track>... | meet [--minutes N]\n' +
    "                          | export [--share-notes all|KEY,KEY] [--no-maybe] [-o FILE]   colleagues' agendas and yours for them",
  options: {
    minutes: { type: 'string' },
    'share-notes': { type: 'string' },
    'no-maybe': { type: 'boolean', default: false },
    output: { type: 'string', short: 'o' },
  },
  run({ args, values, json, io, deps }) {
    const [verb, ...rest] = args;
    switch (verb) {
      case 'add': {
        const [name, file] = rest;
        if (!name || !file) throw new UsageError('team add needs a name and an .ics file');
        const result = addTeamMember(deps(), {
          name,
          text: readTextFile(path.resolve(file)),
          fileName: path.basename(file),
        });
        if (json) printJson(io, result);
        else {
          io.stdout(`${result.member.name}: ${result.matched} sessions matched\n`);
          for (const u of result.unmatched) io.stdout(`  not in the catalogue: line ${u.line}: ${u.title}\n`);
          for (const p of result.problems)
            io.stdout(`  problem: ${p.line === null ? file : `${file}:${p.line}`}: ${p.message}\n`);
        }
        return 0;
      }
      case 'list':
      case undefined: {
        const team = listTeam(deps());
        if (json) printJson(io, team);
        else if (team.length === 0) io.stdout('No colleagues yet. Add one with: kubeplan team add <name> <file.ics>\n');
        else for (const m of team) io.stdout(`${m.name}: ${m.sessionCount} sessions (imported ${m.importedAt})\n`);
        return 0;
      }
      case 'remove': {
        const [name] = rest;
        if (!name) throw new UsageError('team remove needs a name');
        const { member } = removeTeamMember(deps(), name);
        if (json) printJson(io, member);
        else io.stdout(`removed ${member.name} (${member.sessionCount} sessions); add them again with team add\n`);
        return 0;
      }
      case 'coverage': {
        const coverage = teamCoverage(deps(), rest);
        if (json) printJson(io, coverage);
        else {
          io.stdout(`${coverage.covered} covered, ${coverage.uncovered.length} nobody attends:\n`);
          for (const s of coverage.uncovered)
            io.stdout(`  ${s.sessionKey.padEnd(8)} ${whenColumn(s).padEnd(16)} ${s.title}\n`);
        }
        return 0;
      }
      case 'meet': {
        const minutes = values['minutes'] === undefined ? 30 : Number(values['minutes']);
        if (!Number.isInteger(minutes) || minutes < 5 || minutes > 600)
          throw new UsageError('--minutes must be 5 to 600');
        const slots = teamMeetSlots(deps(), minutes);
        if (json) printJson(io, slots);
        else if (slots.length === 0) io.stdout('No slot when everyone is free.\n');
        else
          for (const s of slots)
            io.stdout(`${s.date}  ${s.start.slice(11, 16)}–${s.end.slice(11, 16)} UTC  (${s.minutes} min)\n`);
        return 0;
      }
      case 'export': {
        const share = values['share-notes'] as string | undefined;
        const file = exportForColleague(deps(), {
          shareNotes: share === undefined ? 'none' : share === 'all' ? 'all' : share.split(',').map((k) => k.trim()),
          includeMaybe: values['no-maybe'] !== true,
        });
        const output = values['output'] as string | undefined;
        if (output) {
          fs.writeFileSync(output, file.text);
          io.stdout(`${file.eventCount} sessions written to ${output}\n`);
        } else io.stdout(file.text);
        return 0;
      }
      default:
        throw new UsageError(`unknown team command "${verb}" (add, list, remove, coverage, meet, export)`);
    }
  },
};

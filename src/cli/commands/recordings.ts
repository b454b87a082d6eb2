// `kubeplan recordings [FEED...]`: read YouTube channel or playlist feeds into recordings, or list them;
// `kubeplan missed`: starred sessions whose time has passed, recorded ones first.
import { loadSource } from '../../core/use-cases/import-source';
import { importRecordings, listSessionRecordings, missedSessions } from '../../core/use-cases/recordings';
import type { RecordingsImportResult } from '../../shared/planning-types';
import type { Command } from '../command';
import { whenColumn } from '../format';
import { printJson, type CliIo } from '../io';

export function printRecordingsResult(io: CliIo, result: RecordingsImportResult): void {
  io.stdout(`${result.source}: ${result.matched} of ${result.videos} videos matched to sessions\n`);
  for (const v of result.unmatched) io.stdout(`  no session: ${v.title}\n`);
}

export const recordingsCommand: Command = {
  name: 'recordings',
  usage:
    'recordings [feed|url]...  read YouTube channel/playlist feeds and match videos to sessions; no argument lists them',
  async run({ args, json, io, deps }) {
    if (args.length === 0) {
      const list = listSessionRecordings(deps());
      if (json) printJson(io, list);
      else for (const r of list) io.stdout(`${r.sessionKey.padEnd(8)} ${r.url}  ${r.title}\n`);
      return 0;
    }
    for (const location of args) {
      const source = await loadSource(location, deps().fetch);
      const result = importRecordings(deps(), { text: source.text, name: source.location });
      if (json) printJson(io, result);
      else printRecordingsResult(io, result);
    }
    return 0;
  },
};

export const missedCommand: Command = {
  name: 'missed',
  usage: 'missed                  starred sessions whose time has passed, those with a recording first',
  run({ json, io, deps }) {
    const missed = missedSessions(deps());
    if (json) {
      printJson(io, missed);
      return 0;
    }
    if (missed.length === 0) io.stdout('Nothing missed: no starred session has ended yet.\n');
    for (const m of missed) {
      io.stdout(`${m.session.sessionKey.padEnd(8)} ${whenColumn(m.session).padEnd(16)} ${m.session.title}\n`);
      for (const r of m.recordings) io.stdout(`         watch: ${r.url}\n`);
    }
    return 0;
  },
};

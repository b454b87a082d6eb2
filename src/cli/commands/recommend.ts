// `kubeplan recommend [KEY]`: sessions like one session (More like this), or like your stars (For you), with reasons.
import { recommendForYou, recommendSimilar } from '../../core/use-cases/recommend';
import type { Recommendation } from '../../shared/planning-types';
import { UsageError, type Command } from '../command';
import { whenColumn } from '../format';
import { printJson } from '../io';
import { toCliSession } from '../session-json';

function limitOf(value: unknown, fallback: number): number {
  if (value === undefined) return fallback;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1 || n > 100) throw new UsageError('--limit must be a whole number from 1 to 100');
  return n;
}

export function recommendationLines(list: readonly Recommendation[]): string {
  return list
    .map(
      (r) =>
        `${r.session.sessionKey.padEnd(8)} ${whenColumn(r.session).padEnd(16)} ${r.session.title}\n` +
        `         ${r.reasons.join('; ')}\n`,
    )
    .join('');
}

export const recommendCommand: Command = {
  name: 'recommend',
  usage:
    'recommend [key]         sessions like one session, or (no key) like everything you starred, with reasons [--limit N]',
  options: { limit: { type: 'string' } },
  run({ args, values, json, io, deps }) {
    if (args.length > 1) throw new UsageError('recommend takes at most one session key');
    const [key] = args;
    const list = key
      ? recommendSimilar(deps(), key, limitOf(values['limit'], 8))
      : recommendForYou(deps(), limitOf(values['limit'], 20));
    if (json) {
      printJson(
        io,
        list.map((r) => ({ session: toCliSession(r.session), score: r.score, reasons: r.reasons })),
      );
      return 0;
    }
    if (list.length === 0) {
      io.stdout(key ? 'No session is much like this one.\n' : 'Star a few sessions first: kubeplan star <key>\n');
      return 0;
    }
    io.stdout(recommendationLines(list));
    return 0;
  },
};

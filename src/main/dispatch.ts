// The one choke point every IPC call goes through: known channel, validated argument, typed result.
import { KubeplanError, toErrorInfo } from '../shared/errors';
import { contract, type MethodName } from '../shared/ipc/contract';
import type { Envelope } from '../shared/ipc/define-channel';
import type { HandlerTable } from './handlers/index';

const methodByChannel = new Map<string, MethodName>(
  (Object.keys(contract) as MethodName[]).map((name) => [contract[name].channel, name]),
);

export type Dispatch = (channel: string, input: unknown) => Promise<Envelope<unknown>>;

export function createDispatch(handlers: HandlerTable, log: (message: string) => void = () => {}): Dispatch {
  return async (channel, input) => {
    try {
      const name = methodByChannel.get(channel);
      if (!name) throw new KubeplanError('invalid-argument', `unknown channel ${channel}`);
      const parsed = contract[name].input.safeParse(input);
      if (!parsed.success) {
        const issue = parsed.error.issues[0]!;
        const field = issue.path.length > 0 ? issue.path.join('.') : 'argument';
        throw new KubeplanError('invalid-argument', `${channel}: ${field}: ${issue.message}`);
      }
      const handler = handlers[name] as (value: unknown) => unknown;
      return { ok: true, value: await handler(parsed.data) };
    } catch (error) {
      const info = toErrorInfo(error);
      if (info.code === 'internal') log(`${channel} failed: ${error instanceof Error ? error.stack : info.message}`);
      return { ok: false, error: info };
    }
  };
}

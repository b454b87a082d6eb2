// Builds the renderer's API from the contract over any transport (Electron IPC, or the e2e bridge).
import { KubeplanError } from '../errors';
import { contract, type KubeplanApi, type MethodName } from './contract';
import type { Envelope } from './define-channel';

export type Invoke = (channel: string, input: unknown) => Promise<unknown>;

export function createApi(invoke: Invoke): KubeplanApi {
  const api: Record<string, (input?: unknown) => Promise<unknown>> = {};
  for (const name of Object.keys(contract) as MethodName[]) {
    const { channel } = contract[name];
    api[name] = async (input?: unknown) => {
      const envelope = (await invoke(channel, input)) as Envelope<unknown>;
      if (envelope.ok) return envelope.value;
      throw new KubeplanError(envelope.error.code, envelope.error.message);
    };
  }
  return api as KubeplanApi;
}

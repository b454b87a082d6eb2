// Builds the renderer's API from the contract over any transport (Electron IPC, or the e2e bridge).
import { KubeplanError } from '../errors';
import { contract, type KubeplanApi, type MethodName } from './contract';
import type { Envelope } from './define-channel';
import type { AppEventName, AppEvents, EventMessage } from './events';

export type Invoke = (channel: string, input: unknown) => Promise<unknown>;
/** Registers a listener for event messages from main; returns the unsubscribe function. */
export type Subscribe = (listener: (message: EventMessage) => void) => () => void;

export interface KubeplanBridge extends KubeplanApi {
  on<K extends AppEventName>(name: K, listener: (payload: AppEvents[K]) => void): () => void;
}

export function createApi(invoke: Invoke, subscribe: Subscribe): KubeplanBridge {
  const api: Record<string, unknown> = {};
  for (const name of Object.keys(contract) as MethodName[]) {
    const { channel } = contract[name];
    api[name] = async (input?: unknown) => {
      const envelope = (await invoke(channel, input)) as Envelope<unknown>;
      if (envelope.ok) return envelope.value;
      throw new KubeplanError(envelope.error.code, envelope.error.message);
    };
  }
  api['on'] = <K extends AppEventName>(name: K, listener: (payload: AppEvents[K]) => void) =>
    subscribe((message) => {
      if (message.name === name) listener(message.payload as AppEvents[K]);
    });
  return api as unknown as KubeplanBridge;
}

// The built preload (out/preload/index.cjs) in a bare vm context, as a sandboxed preload runs: it
// needs nothing but require('electron'), exposes exactly the contract's API as window.kubeplan, and
// each method is one ipcRenderer.invoke on its channel.
import os from 'node:os';
import { beforeAll, describe, expect, it } from 'vitest';
import { contract, type MethodName } from '../../../src/shared/ipc/contract';
import { EVENT_CHANNEL } from '../../../src/shared/ipc/events';
import { createElectronStandIn, type ElectronStandIn } from './electron-stand-in';
import { loadBuiltPreload, ROOT } from './load-built';

let electron: ElectronStandIn;
let required: string[];
let api: Record<string, (...args: unknown[]) => unknown>;

beforeAll(() => {
  electron = createElectronStandIn({ userData: os.tmpdir(), appPath: ROOT });
  ({ required } = loadBuiltPreload(electron));
  api = electron.exposed.get('kubeplan') as typeof api;
});

describe('the preload', () => {
  it('requires only electron and exposes one object, window.kubeplan', () => {
    expect(required).toEqual(['electron']);
    expect([...electron.exposed.keys()]).toEqual(['kubeplan']);
  });

  it('exposes every method of the contract and nothing else (plus on() for events)', () => {
    const methods = Object.keys(contract).sort();
    expect(Object.keys(api).sort()).toEqual([...methods, 'on'].sort());
    for (const name of Object.keys(api)) expect(typeof api[name], name).toBe('function');
  });

  it('sends each call to ipcRenderer.invoke on its own channel with the argument as given', async () => {
    for (const name of Object.keys(contract) as MethodName[]) {
      const input = { probe: name };
      electron.invokeAnswers.push(() => ({ ok: true, value: `answer of ${name}` }));
      await expect(api[name]!(input)).resolves.toBe(`answer of ${name}`);
      expect(electron.invokes.at(-1)).toEqual({ channel: contract[name].channel, input });
    }
    expect(electron.invokes).toHaveLength(Object.keys(contract).length);
  });

  it('turns an error envelope into a thrown error with its code and message', async () => {
    electron.invokeAnswers.push(() => ({
      ok: false,
      error: { code: 'forbidden', message: 'app:status: sender not allowed' },
    }));
    await expect(api['getStatus']!()).rejects.toMatchObject({
      code: 'forbidden',
      message: 'app:status: sender not allowed',
    });
  });

  it('delivers events by name, without the IPC event object, until unsubscribed', () => {
    const seen: unknown[] = [];
    const off = api['on']!('filesOpened', (payload: unknown) => seen.push(payload)) as () => void;
    const sender = { id: 1, secret: 'the IpcRendererEvent must not reach the page' };
    electron.rendererListeners.emit(EVENT_CHANNEL, sender, { name: 'catalogueChanged', payload: { reason: 'x' } });
    electron.rendererListeners.emit(EVENT_CHANNEL, sender, { name: 'filesOpened', payload: { files: [] } });
    expect(seen).toEqual([{ files: [] }]);
    off();
    expect(electron.rendererListeners.listenerCount(EVENT_CHANNEL)).toBe(0);
    electron.rendererListeners.emit(EVENT_CHANNEL, sender, { name: 'filesOpened', payload: { files: [] } });
    expect(seen).toHaveLength(1);
  });
});

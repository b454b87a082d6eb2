// Loads the built main bundle (out/main/index.js, ESM) and preload (out/preload/index.cjs) under plain
// Node with the electron stand-in in place of the `electron` module.
import fs from 'node:fs';
import { createRequire, registerHooks } from 'node:module';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import vm from 'node:vm';
import type { ElectronStandIn } from './electron-stand-in';

export const ROOT = path.resolve(import.meta.dirname, '../../..');
export const OUT = path.join(ROOT, 'out');
const OUT_URL = pathToFileURL(OUT + path.sep).href;
const STAND_IN_URL = 'kubeplan-stand-in:electron';
const CURRENT = Symbol.for('kubeplan.electron-stand-in');

type Shape = ElectronStandIn['module'];
const EXPORTS = [
  'app',
  'BrowserWindow',
  'ipcMain',
  'protocol',
  'session',
  'dialog',
  'Notification',
  'Menu',
  'shell',
  'contextBridge',
  'ipcRenderer',
] as const satisfies readonly (keyof Shape)[];

// Each export forwards to the stand-in installed now, so `new BrowserWindow(...)`,
// `Notification.isSupported()` and `app.on(...)` all reach the recording objects. A name the bundle
// imports that is missing here fails at link time, naming it, rather than passing unnoticed.
const STAND_IN_SOURCE = `
const current = () => {
  const standIn = globalThis[Symbol.for('kubeplan.electron-stand-in')];
  if (!standIn) throw new Error('no electron stand-in installed');
  return standIn;
};
const forward = (name) => new Proxy(function () {}, {
  get: (_target, key) => {
    const value = current()[name][key];
    return typeof value === 'function' && !/^[A-Z]/.test(String(key)) ? value.bind(current()[name]) : value;
  },
  set: (_target, key, value) => { current()[name][key] = value; return true; },
  construct: (_target, args) => Reflect.construct(current()[name], args),
});
${EXPORTS.map((name) => `export const ${name} = forward(${JSON.stringify(name)});`).join('\n')}
`;

let hooked = false;
function hookElectron(): void {
  if (hooked) return;
  hooked = true;
  registerHooks({
    resolve(specifier, context, nextResolve) {
      if (specifier === 'electron' && context.parentURL?.startsWith(OUT_URL)) {
        return { url: STAND_IN_URL, format: 'module', shortCircuit: true };
      }
      return nextResolve(specifier, context);
    },
    load(url, context, nextLoad) {
      if (url === STAND_IN_URL) return { format: 'module', source: STAND_IN_SOURCE, shortCircuit: true };
      return nextLoad(url, context);
    },
  });
}

/**
 * Runs out/main/index.js once in this process (vitest gives each test file its own process), with
 * `electron` resolved to the stand-in. Node's own loader reads the bundle, as Electron's would.
 */
export function loadBuiltMain(standIn: ElectronStandIn): void {
  hookElectron();
  (globalThis as Record<symbol, unknown>)[CURRENT] = standIn.module;
  createRequire(import.meta.url)(path.join(OUT, 'main', 'index.js'));
}

/**
 * Runs out/preload/index.cjs in a fresh vm context holding only what a sandboxed preload gets from
 * the stand-in: `require('electron')` (contextBridge, ipcRenderer) and nothing of Node.
 */
export function loadBuiltPreload(standIn: ElectronStandIn): { required: string[] } {
  const required: string[] = [];
  const context = vm.createContext({
    require: (id: string) => {
      required.push(id);
      if (id !== 'electron') throw new Error(`a sandboxed preload cannot require ${id}`);
      return { contextBridge: standIn.module.contextBridge, ipcRenderer: standIn.module.ipcRenderer };
    },
    console,
  });
  const file = path.join(OUT, 'preload', 'index.cjs');
  vm.runInContext(fs.readFileSync(file, 'utf8'), context, { filename: file });
  return { required };
}

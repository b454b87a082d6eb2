// Builds the init script that gives the Chromium page the same window.kubeplan the preload gives
// Electron: the real createApi, bundled for the browser, invoking a Playwright binding.
import path from 'node:path';
import { build, type Rolldown } from 'vite';

export const BINDING = '__kubeplanInvoke';
/** The page function the test process calls to deliver an event from main. */
export const EMIT = '__kubeplanEmit';
let cached: Promise<string> | null = null;

export function bridgeScript(root: string): Promise<string> {
  cached ??= (async () => {
    const result = await build({
      configFile: false,
      logLevel: 'silent',
      root,
      build: {
        write: false,
        minify: false,
        lib: {
          entry: path.join(root, 'src/shared/ipc/create-api.ts'),
          formats: ['iife'],
          name: 'KubeplanBridge',
        },
      },
    });
    const outputs = (Array.isArray(result) ? result : [result]) as Rolldown.RolldownOutput[];
    const chunk = outputs[0]!.output[0];
    return `${chunk.code}
const listeners = new Set();
window.${EMIT} = (message) => listeners.forEach((listener) => listener(message));
window.kubeplan = KubeplanBridge.createApi(
  (channel, input) => window.${BINDING}(channel, input),
  (listener) => { listeners.add(listener); return () => listeners.delete(listener); },
);`;
  })();
  return cached;
}

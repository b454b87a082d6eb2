import { resolve } from 'node:path';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'electron-vite';

export default defineConfig({
  main: {
    build: {
      // date-fns is hundreds of small modules: bundling the few functions used saves main and its
      // worker thread seconds of module loading at start.
      externalizeDeps: { exclude: ['date-fns'] },
      // The worker thread that parses imports and builds .ics text is its own entry (out/main/offload-worker.js).
      rolldownOptions: {
        input: { index: resolve('src/main/index.ts'), 'offload-worker': resolve('src/main/offload-worker.ts') },
      },
    },
  },
  preload: {
    build: {
      // A sandboxed preload cannot require node_modules: bundle everything, as CommonJS.
      externalizeDeps: false,
      rolldownOptions: {
        input: { index: resolve('src/preload/index.ts') },
        output: { format: 'cjs', entryFileNames: '[name].cjs' },
      },
    },
  },
  renderer: {
    root: resolve('src/renderer'),
    plugins: [react()],
    build: {
      rolldownOptions: { input: { index: resolve('src/renderer/index.html') } },
    },
  },
});

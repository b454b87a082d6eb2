// Lint rules: typescript-eslint's recommended set with type-aware promise rules, React hooks rules,
// and the process boundaries: which folder may import which, and which globals each folder has.
import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

/** Relative-import patterns for each layer, matched wherever the importing file sits. */
const layer = {
  core: ['**/core/**'],
  main: ['**/main/**'],
  preload: ['**/preload/**'],
  renderer: ['**/renderer/**'],
  cli: ['**/cli/**'],
};
const message = (rule) => `${rule} (see docs/ARCHITECTURE.md, "What may import what")`;

export default tseslint.config(
  {
    ignores: [
      'out/**',
      'dist/**',
      'node_modules/**',
      'test-results/**',
      'playwright-report/**',
      '.cache/**',
      'resources/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    ignores: ['src/renderer/**'],
    languageOptions: { globals: { ...globals.node } },
  },
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
    },
  },
  {
    // Promises that nobody awaits lose their errors; a promise where a boolean or a void callback is
    // expected is nearly always a bug. These need type information, so they run on TypeScript only.
    files: ['**/*.{ts,tsx}'],
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-misused-promises': ['error', { checksVoidReturn: { attributes: false } }],
    },
  },
  {
    files: ['src/renderer/**/*.{ts,tsx}'],
    // The renderer is a web page: browser globals only, no Node.
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      // TypeScript's no-undef is off for .ts files, so name Node's globals here to keep them out.
      'no-restricted-globals': [
        'error',
        ...['process', 'require', 'module', 'Buffer', '__dirname', '__filename', 'global', 'setImmediate'].map(
          (name) => ({ name, message: 'the renderer is a web page: no Node globals' }),
        ),
      ],
    },
  },
  {
    // core is plain Node: it runs in tests, the CLI and main, never knows a shell.
    files: ['src/core/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [{ name: 'electron', message: message('core never imports electron') }],
          patterns: [
            {
              group: [...layer.main, ...layer.preload, ...layer.renderer, ...layer.cli],
              message: message('core never imports a shell'),
            },
          ],
        },
      ],
    },
  },
  {
    // shared is the contract every layer reads: types, errors, IPC schemas. It imports no layer.
    files: ['src/shared/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [{ name: 'electron', message: message('shared never imports electron') }],
          patterns: [
            {
              group: [...layer.core, ...layer.main, ...layer.preload, ...layer.renderer, ...layer.cli, 'node:*'],
              message: message('shared imports no layer and no Node module'),
            },
          ],
        },
      ],
    },
  },
  {
    // The CLI is a shell over core, like main: it never reaches into main, preload or the renderer.
    files: ['src/cli/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [{ name: 'electron', message: message('the CLI runs without electron') }],
          patterns: [
            { group: [...layer.main, ...layer.preload, ...layer.renderer], message: message('the CLI calls core') },
          ],
        },
      ],
    },
  },
  {
    // main is the Electron shell over core; it never imports the renderer, the preload or the CLI.
    files: ['src/main/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: [...layer.preload, ...layer.renderer, ...layer.cli],
              message: message('main calls core and shared only'),
            },
          ],
        },
      ],
    },
  },
  {
    // The preload is the typed bridge: the contract from shared and electron's contextBridge, nothing else.
    files: ['src/preload/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: [...layer.core, ...layer.main, ...layer.renderer, ...layer.cli, 'node:*'],
              message: message('the preload imports shared only'),
            },
          ],
        },
      ],
    },
  },
  {
    // The renderer reaches main only through window.kubeplan; of core it may use only the search code,
    // which is pure and runs in the page and its worker.
    files: ['src/renderer/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [
            { name: 'electron', message: message('the renderer reaches main through window.kubeplan') },
            { name: 'better-sqlite3', message: message('the renderer has no database') },
          ],
          patterns: [
            { group: ['node:*'], message: message('the renderer is a web page: no Node modules') },
            {
              regex: '(^|/)core/(?!search/)',
              message: message('the renderer imports shared and core/search only'),
            },
            {
              group: [...layer.main, ...layer.preload, ...layer.cli],
              message: message('the renderer imports shared and core/search only'),
            },
          ],
        },
      ],
    },
  },
);

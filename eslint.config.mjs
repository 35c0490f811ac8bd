import js from '@eslint/js';
import prettier from 'eslint-config-prettier';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';
import boundaries from './scripts/eslint-boundaries.mjs';

/** The Electron shell: the only files that may import `electron` (everything else runs in plain Node too). */
const SHELL = ['electron/main/index.ts', 'electron/main/ipc/register.ts', 'electron/main/windows/!(policy).ts', 'electron/preload/**'];

export default tseslint.config(
  { ignores: ['out/**', 'dist/**', 'release/**', 'node_modules/**', 'tests/artifacts/**', 'bench/corpus/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx,mjs,js}'],
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: { ...reactHooks.configs.recommended.rules },
  },
  {
    // Import boundaries (docs/architecture.md, "Rules of the house").
    files: ['**/*.{ts,tsx,mjs}'],
    plugins: { boundaries },
  },
  {
    // The core, the CLI and the pure IPC and session files stay runnable in Node, the CLI and the tests.
    files: ['electron/**/*.ts'],
    ignores: SHELL,
    rules: {
      'boundaries/imports': [
        'error',
        {
          packages: ['electron'],
          forbid: ['electron/main/index.ts', 'electron/main/ipc/register.ts', 'electron/main/windows', 'electron/preload', 'renderer'],
          because: 'only the Electron shell touches Electron; see docs/architecture.md',
        },
      ],
    },
  },
  {
    // The window's code: React, the browser, and the shared contract; never Node or Electron.
    files: ['renderer/**/*.{ts,tsx}'],
    rules: {
      'boundaries/imports': ['error', { only: ['renderer', 'shared'], packages: ['electron'], node: true, because: 'the renderer imports only renderer/ and shared/' }],
    },
  },
  {
    // Components a newcomer can read (#19): no renderer file over 300 lines, no function over 80.
    files: ['renderer/**/*.{ts,tsx}'],
    rules: {
      'max-lines': ['error', { max: 300 }],
      'max-lines-per-function': ['error', { max: 80 }],
    },
  },
  {
    // What both sides use: no Node, no Electron, nothing from either side.
    files: ['shared/**/*.ts'],
    rules: {
      'boundaries/imports': ['error', { only: ['shared'], packages: ['electron'], node: true, because: 'shared/ runs in main and in the window alike' }],
    },
  },
  prettier,
);

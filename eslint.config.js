import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import svelte from 'eslint-plugin-svelte';
import astro from 'eslint-plugin-astro';
import globals from 'globals';
import { defineConfig } from 'eslint/config';

/** Keep storage and sound out of the pure layers: src/lib decides, src/db stores, src/audio plays. */
const pureLayers = {
  files: ['src/lib/**', 'games/**'],
  rules: {
    'no-restricted-imports': [
      'error',
      {
        patterns: [
          { group: ['dexie', 'dexie/*'], message: 'src/lib and games/ stay pure: storage lives in src/db.' },
          { group: ['howler', 'howler/*'], message: 'Only src/audio imports Howler.' },
          { group: ['**/db/*', '**/db'], message: 'src/lib and games/ do not touch storage: the page does.' },
        ],
      },
    ],
  },
};

/**
 * Islands reach storage through src/db/safely (a value or a typed problem, shown by StorageAlert), never
 * Dexie or a query module directly, so no island handles storage errors its own way. Types may come from anywhere.
 * db/load stays allowed for ProgressTransfer's import flow, which checks files before it stores them.
 */
const islandsStorage = {
  files: ['src/components/**'],
  rules: {
    '@typescript-eslint/no-restricted-imports': [
      'error',
      {
        patterns: [
          { group: ['dexie', 'dexie/*'], message: 'Components reach storage through src/db/safely.', allowTypeImports: true },
          {
            group: ['**/db/*', '!**/db/safely', '!**/db/errors', '!**/db/load'],
            message: 'Components reach storage through src/db/safely: safely(), watch(), and StorageAlert for a problem.',
            allowTypeImports: true,
          },
        ],
      },
    ],
  },
};

export default defineConfig(
  { ignores: ['dist/', '.astro/', 'node_modules/', 'reports/', 'test-results/', 'playwright-report/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  ...svelte.configs.recommended,
  ...astro.configs.recommended,
  { languageOptions: { globals: { ...globals.browser, ...globals.node } } },
  {
    files: ['**/*.svelte', '**/*.svelte.ts'],
    languageOptions: { parserOptions: { parser: tseslint.parser, extraFileExtensions: ['.svelte'] } },
  },
  pureLayers,
  islandsStorage,
);

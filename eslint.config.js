import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import svelte from 'eslint-plugin-svelte';
import astro from 'eslint-plugin-astro';
import globals from 'globals';
import { defineConfig } from 'eslint/config';

/**
 * The layers' arrows, one way only: pages → components → src/lib decides → src/db stores.
 * src/lib and games/ stay pure (no storage, no sound, no view code); src/db knows no view code.
 */
const storage = { group: ['dexie', 'dexie/*'], message: 'src/lib and games/ stay pure: storage lives in src/db.' };
const sound = { group: ['howler', 'howler/*'], message: 'Only src/audio imports Howler.' };
const views = [
  { group: ['*.svelte', '**/*.svelte'], message: 'Views import pure code, never the other way round.' },
  { group: ['**/components/*', '**/components/**'], message: 'Components are views: pure code and storage never import them.' },
];
/** A game is a black box: the site imports its index.ts (and the shared contract), nothing inside it. */
const gameInsides = {
  group: ['**/games/*/**'],
  message: "Import a game through games/<id> (its index.ts), never a file inside it: the index is the game's whole face.",
};
/** What neither pure layer (src/lib, games/) may import. */
const pure = [
  storage,
  sound,
  gameInsides,
  { group: ['**/db/*', '**/db'], message: 'src/lib and games/ do not touch storage: the page does.' },
  { group: ['**/audio/*', '**/audio'], message: 'src/lib and games/ get sound through the game contract, not src/audio.' },
  ...views,
];
const pureLayers = {
  files: ['games/**'],
  rules: { 'no-restricted-imports': ['error', { patterns: pure }] },
};
/** src/lib sits below the schemas too: schemas may use its pure checks, so it must not import them back. */
const libBelowSchemas = {
  files: ['src/lib/**'],
  rules: {
    'no-restricted-imports': [
      'error',
      {
        patterns: [
          ...pure,
          {
            group: ['**/schemas/*', '**/schemas'],
            message: 'src/schemas import src/lib, so src/lib must not import src/schemas (a cycle).',
          },
        ],
      },
    ],
  },
};
const storageLayer = {
  files: ['src/db/**'],
  rules: { 'no-restricted-imports': ['error', { patterns: [sound, gameInsides, ...views] }] },
};
/** The rest of the site (pages, components, data, sound, speech) meets a game only through its index. */
const gamesAsBlackBoxes = {
  files: ['src/**'],
  ignores: ['src/lib/**', 'src/db/**'],
  rules: { 'no-restricted-imports': ['error', { patterns: [gameInsides] }] },
};

/**
 * Islands reach storage through src/db/safely (a value or a typed problem, shown by StorageAlert), never
 * Dexie or a query module directly, so no island handles storage errors its own way. Types may come from anywhere.
 * db/load stays allowed for ProgressTransfer's import flow, which checks files before it stores them.
 * Teachers' islands use db/teacher-safely (the same calls over the teachers' storage too); no other
 * island may, so a child's page never downloads the roster, reports and imports.
 */
/** @param {string[]} allowed */
const storagePatterns = (allowed) => [
  { group: ['dexie', 'dexie/*'], message: 'Components reach storage through src/db/safely.', allowTypeImports: true },
  {
    group: ['**/db/*', '!**/db/safely', '!**/db/errors', '!**/db/load', ...allowed.map((a) => `!**/db/${a}`)],
    message:
      "Components reach storage through src/db/safely (teachers' components through src/db/teacher-safely): safely(), watch(), and StorageAlert for a problem.",
    allowTypeImports: true,
  },
];
const islandsStorage = {
  files: ['src/components/**'],
  rules: { '@typescript-eslint/no-restricted-imports': ['error', { patterns: storagePatterns([]) }] },
};
const teacherIslandsStorage = {
  files: ['src/components/teacher/**'],
  rules: { '@typescript-eslint/no-restricted-imports': ['error', { patterns: storagePatterns(['teacher-safely']) }] },
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
  libBelowSchemas,
  storageLayer,
  gamesAsBlackBoxes,
  islandsStorage,
  teacherIslandsStorage,
);

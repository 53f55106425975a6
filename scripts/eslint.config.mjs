// Lint config, run from package.json as `eslint --config scripts/eslint.config.mjs`.
// Every block carries `basePath: ROOT`, so its globs read from the project root wherever eslint runs.
import { fileURLToPath } from 'node:url';
import { defineConfig, globalIgnores } from 'eslint/config';
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

const ROOT = fileURLToPath(new URL('..', import.meta.url));

const CODE = ['**/*.{ts,tsx,mts,mjs,js}'];

// Import fences of STYLE.md §2/§3/§10, as `no-restricted-imports` patterns keyed by folder.
// Patterns match the import string, so '**/state/**' catches '../../state/store'.
const REACT = ['react', 'react/*', 'react-dom', 'react-dom/*'];
const ZUSTAND = ['zustand', 'zustand/*'];
const DECK_AND_MAPLIBRE = ['@deck.gl/*', 'maplibre-gl', 'maplibre-gl/*'];
const STATE = ['**/state', '**/state/**'];

const FENCES = {
  src: [
    { group: ['**/scripts/**'], message: 'scripts/ imports src/data/, never the reverse (STYLE.md §10).' },
  ],
  'src/map': [
    { group: ['**/export', '**/export/**'], message: 'map/ and export/ do not import each other (STYLE.md §2).' },
  ],
  'src/map/layers': [
    { group: REACT, message: 'Layer builders are pure: no React (STYLE.md §10).' },
    { group: STATE, message: 'Layer builders take plain data, never state/ (STYLE.md §10).' },
  ],
  'src/export': [
    { group: ['**/map', '**/map/**'], message: 'export/ and map/ do not import each other (STYLE.md §2).' },
  ],
  'src/ui': [
    { group: DECK_AND_MAPLIBRE, message: 'UI reaches the map through map/, never deck.gl or maplibre itself (STYLE.md §10).' },
  ],
  'src/app': [
    { group: DECK_AND_MAPLIBRE, message: 'The shells reach the map through map/, never deck.gl or maplibre itself (STYLE.md §10).' },
  ],
  'src/data': [
    { group: [...REACT, ...DECK_AND_MAPLIBRE], message: 'data/ holds domain rules: zod and lib/ only (STYLE.md §10).' },
    { group: [...STATE, '**/map/**', '**/ui/**', '**/app/**', '**/export/**', '**/routing/**', '**/timeline/**', '**/story/**'], message: 'data/ imports only lib/ (STYLE.md §10).' },
  ],
  'src/state': [
    { group: DECK_AND_MAPLIBRE, message: 'state/ holds plain facts (STYLE.md §10).' },
    { group: ['**/map/**', '**/ui/**', '**/app/**', '**/export/**'], message: 'state/ sits below map/, ui/ and export/ (STYLE.md §10).' },
  ],
  'src/timeline/timeline-controller.ts': [
    { group: [...REACT, ...STATE], message: 'The timeline controller imports neither React nor the store (STYLE.md §3.7).' },
  ],
  'src/cartography': [
    { group: [...REACT, ...STATE, ...DECK_AND_MAPLIBRE], message: 'cartography/ is shared by the map and the exports: pure, no React, store or renderer.' },
    { group: ['**/map/**', '**/export/**', '**/ui/**', '**/app/**'], message: 'cartography/ sits below map/ and export/, which both use it.' },
  ],
  'src/routing': [
    { group: [...REACT, ...STATE, ...DECK_AND_MAPLIBRE], message: 'routing/ is pure (STYLE.md §2).' },
  ],
  'src/story': [
    { group: [...REACT, ...STATE, ...DECK_AND_MAPLIBRE], message: 'The story controller is pure (STYLE.md §2).' },
  ],
};
const ONLY_STATE_IMPORTS_ZUSTAND = { group: ZUSTAND, message: 'Only state/ imports zustand; use useAppStore/useShallow from state/store (STYLE.md §3.5).' };

// `import()` and `typeof import()` escape no-restricted-imports, so the same globs also become
// no-restricted-syntax selectors. esquery regexes may not contain '/', hence \x2F.
const globToRegex = (glob) =>
  '^' + glob.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*\*\/|\*\*|\*/g, (m) => ({ '**/': '(?:.*/)?', '**': '.*', '*': '[^/]*' })[m])
    .replaceAll('/', '\\x2F') + '(?:\\x2F.*)?$';
const dynamicImportBans = ({ group, message }) => {
  const source = group.map(globToRegex).join('|');
  return [
    { selector: `ImportExpression[source.value=/${source}/]`, message },
    { selector: `TSImportType[argument.literal.value=/${source}/]`, message },
  ];
};

// A later block replaces an earlier block's options for the same rule, so each folder's block carries
// its own fences plus those of every enclosing folder, and blocks run from outer to inner folders.
const insideOf = (folder, outer) => folder === outer || folder.startsWith(`${outer}/`);
const fencesOf = (folder) => [
  ...Object.keys(FENCES).filter((outer) => insideOf(folder, outer)).flatMap((outer) => FENCES[outer]),
  ...(insideOf(folder, 'src/state') ? [] : [ONLY_STATE_IMPORTS_ZUSTAND]),
];
const fenceBlocks = Object.keys(FENCES)
  .sort((a, b) => a.split('/').length - b.split('/').length)
  .map((folder) => ({
    basePath: ROOT,
    files: [folder.endsWith('.ts') ? folder : `${folder}/**`],
    rules: {
      'no-restricted-imports': ['error', { patterns: fencesOf(folder) }],
      'no-restricted-syntax': ['error', ...fencesOf(folder).flatMap(dynamicImportBans)],
    },
  }));

export default defineConfig([
  { basePath: ROOT, linterOptions: { reportUnusedDisableDirectives: 'error' } },
  { ...globalIgnores(['dist/', 'coverage/', 'test-results/', 'bench-results/', 'public/', 'node_modules/'], 'ignores'), basePath: ROOT },
  { basePath: ROOT, files: CODE, extends: [js.configs.recommended] },
  {
    basePath: ROOT,
    files: ['**/*.{ts,tsx,mts}'],
    extends: [tseslint.configs.recommended],
    // `const { at: _at, ...rest } = row` drops a key; tsc accepts it, and so does this rule.
    rules: { '@typescript-eslint/no-unused-vars': ['error', { ignoreRestSiblings: true }] },
  },
  {
    basePath: ROOT,
    files: ['src/**/*.{ts,tsx}', 'tests/**/*.{ts,tsx}'],
    extends: [reactHooks.configs.flat.recommended],
    rules: { 'react-hooks/exhaustive-deps': 'error' },
  },
  { basePath: ROOT, files: ['src/**'], languageOptions: { globals: globals.browser } },
  { basePath: ROOT, files: ['scripts/**', 'tests/**', '*.{ts,mjs,js}'], languageOptions: { globals: globals.node } },
  // Browser tests and benchmarks pass functions to page.evaluate, which run in the page.
  { basePath: ROOT, files: ['tests/e2e/**', 'scripts/bench/**'], languageOptions: { globals: { ...globals.node, ...globals.browser } } },
  ...fenceBlocks,
]);

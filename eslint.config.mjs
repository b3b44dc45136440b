// ESLint: typescript-eslint's recommended rules, and the layering of src/ (README, "The shape"):
// data flows catalogue → model → rules → lesen → checks → kern, the document builder beside them, and
// the adapters (xlsx, excel) and front ends (pane, taskpane, browser, cli) on top. Nothing in the core
// imports an adapter, a front end, a UI library, exceljs or Node; nothing imports in a cycle.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import importX from 'eslint-plugin-import-x';
import prettier from 'eslint-config-prettier';
import globals from 'globals';
// eslint's own parser (a dependency of eslint), for the one file that must stay ES5
import * as espree from 'espree';

const KERN = ['catalogue', 'model', 'rules', 'lesen', 'checks', 'kern', 'nachhalten', 'document'];
const ALLE = [...KERN, 'xlsx', 'excel', 'pane', 'taskpane', 'browser', 'cli'];

/** What each folder of src/ may import from the other folders (its own files always). */
const ERLAUBT = {
  catalogue: [],
  model: ['catalogue'],
  rules: ['catalogue', 'model'],
  lesen: ['catalogue', 'model'],
  checks: ['catalogue', 'model', 'rules'],
  nachhalten: ['catalogue', 'model', 'rules', 'lesen'],
  kern: ['catalogue', 'model', 'rules', 'lesen', 'checks', 'nachhalten'],
  document: ['catalogue', 'model', 'rules', 'nachhalten'],
  xlsx: [...KERN],
  excel: [...KERN, 'xlsx', 'pane'],
  pane: [...KERN],
  taskpane: [...KERN, 'excel', 'pane'],
  browser: [...KERN, 'xlsx', 'pane'],
  cli: [...KERN, 'xlsx'],
};

const zonen = Object.entries(ERLAUBT).flatMap(([ordner, erlaubt]) =>
  ALLE.filter((x) => x !== ordner && !erlaubt.includes(x)).map((verboten) => ({
    target: `./src/${ordner}`,
    from: `./src/${verboten}`,
    message: `src/${ordner} darf src/${verboten} nicht importieren (Schichten: siehe README, "The shape").`,
  })),
);

/** Packages the core must not reach: it runs unchanged in Excel, in a browser and in Node. */
const KERN_VERBOTEN = {
  patterns: [
    {
      group: ['exceljs', 'jszip', 'react', 'react/*', 'react-dom', 'react-dom/*', '@fluentui/*', 'office-addin-*'],
      message: 'Der Kern bleibt frei von Excel-, Datei- und Oberflächenbibliotheken.',
    },
    {
      group: ['node:*', 'fs', 'fs/*', 'path', 'os', 'worker_threads', 'child_process', 'stream', 'buffer'],
      message: 'Der Kern importiert nichts aus Node.js.',
    },
  ],
};

export default tseslint.config(
  { ignores: ['dist/**', 'lib/**', 'node_modules/**', 'coverage/**', '.cache/**', 'src/checks/vereinbarungsschema.validator.js'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    plugins: { 'import-x': importX },
    settings: {
      'import-x/resolver': { node: { extensions: ['.ts', '.tsx', '.js', '.mjs'] } },
      'import-x/extensions': ['.ts', '.tsx', '.js', '.mjs'],
    },
    rules: {
      'import-x/no-restricted-paths': ['error', { zones: zonen }],
      'import-x/no-cycle': ['error', { ignoreExternal: true }],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' }],
    },
  },
  {
    files: KERN.map((k) => `src/${k}/**/*.{ts,tsx}`),
    rules: {
      'no-restricted-imports': ['error', KERN_VERBOTEN],
      'no-restricted-globals': [
        'error',
        { name: 'Excel', message: 'Nur src/excel spricht mit Excel.' },
        { name: 'Office', message: 'Nur src/excel und src/taskpane sprechen mit Office.' },
        { name: 'OfficeExtension', message: 'Nur src/excel spricht mit Excel.' },
      ],
    },
  },
  {
    files: ['**/*.js', '**/*.mjs', '**/*.cjs'],
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  {
    // runs before the bundle in browsers that cannot parse it: must stay ES5
    files: ['src/taskpane/altbrowser.js'],
    languageOptions: { ecmaVersion: 5, sourceType: 'script', parser: espree },
  },
  {
    // mocks of Office.js and jsdom stand-ins are untyped by nature
    files: ['test/**/*.{ts,tsx}'],
    rules: { '@typescript-eslint/no-explicit-any': 'off', '@typescript-eslint/no-require-imports': 'off' },
  },
  prettier,
);

import js from '@eslint/js';
import svelte from 'eslint-plugin-svelte';
import globals from 'globals';
import ts from 'typescript-eslint';

const REVEAL_OWNER =
  'reveal.js is owned by src/deck/Deck.svelte: a controller gets the running deck as an argument (type imports are fine).';
const revealImport = { group: ['reveal.js', 'reveal.js/*'], allowTypeImports: true, message: REVEAL_OWNER };
const modelIndexImport = {
  regex: '(^|/)model(/index(\\.ts)?)?$',
  allowTypeImports: true,
  message: 'Import values from their own module in src/model: model/index.ts brings the schemas along.',
};
/** import('reveal.js/…') too: the lazily loaded plugins are imported by Deck.svelte. */
const revealImportExpression = {
  selector: 'ImportExpression[source.value=/^reveal\\.js(\\/|$)/]',
  message: REVEAL_OWNER,
};

export default ts.config(
  { ignores: ['dist/', 'node_modules/', 'slides/', 'out/'] },
  js.configs.recommended,
  ...ts.configs.recommended,
  ...svelte.configs['flat/recommended'],
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['**/*.svelte', '**/*.svelte.ts'],
    languageOptions: { parserOptions: { parser: ts.parser, extraFileExtensions: ['.svelte'] } },
  },
  {
    // Data is text: never injected as HTML.
    files: ['**/*.svelte'],
    rules: { 'svelte/no-at-html-tags': 'error' },
  },
  {
    // Deck.svelte alone owns reveal.js: it creates the engine and hands it to its controllers.
    files: ['**/*.{js,ts,svelte}'],
    ignores: ['src/deck/Deck.svelte'],
    rules: {
      '@typescript-eslint/no-restricted-imports': ['error', { patterns: [revealImport] }],
      'no-restricted-syntax': ['error', revealImportExpression],
    },
  },
  {
    // The deck's and the study page load in the browser: src/model/index.ts brings the zod schemas, so types only
    // from there.
    files: ['src/deck/**/*.{ts,svelte}', 'src/main.ts', 'src/study/**/*.{ts,svelte}'],
    ignores: ['src/deck/Deck.svelte'],
    rules: { '@typescript-eslint/no-restricted-imports': ['error', { patterns: [revealImport, modelIndexImport] }] },
  },
  {
    files: ['src/deck/Deck.svelte'],
    rules: { '@typescript-eslint/no-restricted-imports': ['error', { patterns: [modelIndexImport] }] },
  },
  {
    // The model is pure: fs.ts is its only file-system edge. It holds no interface word: src/locale builds on it.
    files: ['src/model/**/*.ts'],
    ignores: ['src/model/fs.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['node:*'], message: 'src/model is pure: files are read in src/model/fs.ts.' },
            { regex: '(^|/)locale(/|$)', message: 'src/model holds no interface word: src/locale imports the model.' },
          ],
        },
      ],
    },
  },
  {
    // The interface's words: pure, for every page and command; the quiz's prompts and notes are data it words.
    files: ['src/locale/**/*.ts'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['node:*'], message: 'src/locale runs in the browser: no Node APIs.' },
            {
              regex: '^(\\.\\./)+(deck|study|cli|vite|live)(/|$)',
              message: 'src/locale sits under the views: they import it, not the other way.',
            },
            {
              regex: '^(\\.\\./)+quiz/',
              allowTypeImports: true,
              message: 'src/locale words the quiz’s data: it imports the quiz’s types only.',
            },
            modelIndexImport,
          ],
        },
      ],
    },
  },
  {
    // quiz/ is pure logic shared by the deck, the study page and the CLI.
    files: ['quiz/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['svelte', 'svelte/*', 'reveal.js', 'reveal.js/*'], message: 'quiz/ must not depend on UI code.' },
            { group: ['node:*'], message: 'quiz/ must run in the browser: no Node APIs.' },
            { regex: '^(\\.\\./)+src/(?!model(/|$))', message: 'quiz/ may import only src/model from src/.' },
            { regex: '^(\\.\\./)+src/model/fs(\\.ts)?$', message: 'quiz/ must run in the browser: no file system.' },
          ],
        },
      ],
      'no-restricted-properties': [
        'error',
        { object: 'Math', property: 'random', message: 'Pass a seed in.' },
        { object: 'Date', property: 'now', message: 'Pass time in as an argument.' },
      ],
      'no-restricted-syntax': [
        'error',
        revealImportExpression,
        { selector: "NewExpression[callee.name='Date'][arguments.length=0]", message: 'Pass time in as an argument.' },
      ],
    },
  },
);

// @ts-check
import js from '@eslint/js';
import simpleImportSort from 'eslint-plugin-simple-import-sort';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['node_modules/', 'var/', '.puppeteerrc.cjs'] },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    plugins: { 'simple-import-sort': simpleImportSort },
    rules: {
      'simple-import-sort/imports': 'error',
      'simple-import-sort/exports': 'error',
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', ignoreRestSiblings: true }],
      // `natural` and `whatsapp-web.js` are CommonJS whose exports Node's ESM loader cannot see:
      // a named import type-checks, passes under vitest, then crashes under plain Node.
      'no-restricted-imports': [
        'error',
        {
          paths: [
            { name: 'natural', message: 'Import natural only through intents/natural.ts (deep, default imports).' },
          ],
        },
      ],
    },
  },
  {
    // Dependencies point inward: core and intents never see a platform or storage library.
    files: ['core/**/*.ts', 'intents/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: ['natural', 'telegraf', 'whatsapp-web.js', 'lowdb', 'node-cron', 'qrcode-terminal'].map((name) => ({
            name,
            message: 'core/ and intents/ stay platform-free; put this behind a port (natural: intents/natural.ts only).',
          })),
          patterns: [{ group: ['telegraf/*', 'lowdb/*', '../bots/*', '../data/*'], message: 'core/ and intents/ stay platform-free.' }],
        },
      ],
    },
  },
  {
    files: ['intents/natural.ts'],
    rules: { 'no-restricted-imports': 'off' },
  },
  {
    files: ['eslint.config.js'],
    ...tseslint.configs.disableTypeChecked,
  },
);

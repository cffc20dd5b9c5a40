// @ts-check
import js from '@eslint/js';
import simpleImportSort from 'eslint-plugin-simple-import-sort';
import tseslint from 'typescript-eslint';

const PLATFORM = ['natural', 'telegraf', 'whatsapp-web.js', 'lowdb', 'node-cron', 'qrcode-terminal'];
const ASSEMBLY = ['core/app.ts', 'core/create-engine.ts', 'core/tick.ts'];

/**
 * One `no-restricted-imports` per layer (flat config replaces a rule per file, so each layer
 * carries the platform ban too). `below` names what the layer must not import: core modules
 * (`app` → app.js) or capability folders (`staff/`), matched on the specifier's path within core/.
 */
function layers(specs) {
  return specs.map(({ files, ignores, below }) => ({
    files,
    ...(ignores ? { ignores } : {}),
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: PLATFORM.map((name) => ({
            name,
            message: 'core/ and intents/ stay platform-free; put this behind a port (natural: intents/natural.ts only).',
          })),
          patterns: [
            { group: ['telegraf/*', 'lowdb/*', '**/bots/*', '**/data/*', '**/web/*'], message: 'core/ and intents/ stay platform-free.' },
            ...(below.length === 0
              ? []
              : [
                  {
                    regex: `^(\\.\\.?/)+(${below.map((b) => (b.endsWith('/') ? `${b}.*` : `${b}\\.js$`)).join('|')})`,
                    message: 'Capability order in core/: conversation → staff → announce, care → booking → kernel. Import only downwards; take narrow dependencies (core/context.ts) instead of App.',
                  },
                ]),
          ],
        },
      ],
    },
  }));
}

export default tseslint.config(
  { ignores: ['node_modules/', 'var/', 'dist/', '.puppeteerrc.cjs', 'stryker.config.mjs', 'reports/', '.stryker-tmp/'] },
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
  // Dependencies point inward (core and intents never see a platform or storage library) and,
  // inside core/, down the capability order: conversation → staff → announce, care → booking → kernel.
  // app.ts, create-engine.ts and tick.ts assemble the capabilities; only the top two import app.ts.
  ...layers([
    { files: ['intents/**/*.ts'], below: [] },
    { files: ['core/*.ts'], ignores: ASSEMBLY, below: ['app', 'create-engine', 'tick', 'conversation/', 'staff/', 'learning/', 'announce/', 'care/', 'booking/'] },
    { files: ['core/booking/**/*.ts'], below: ['app', 'create-engine', 'tick', 'conversation/', 'staff/', 'learning/', 'announce/', 'care/'] },
    { files: ['core/care/**/*.ts'], below: ['app', 'create-engine', 'tick', 'conversation/', 'staff/', 'learning/', 'announce/'] },
    { files: ['core/announce/**/*.ts'], below: ['app', 'create-engine', 'tick', 'conversation/', 'staff/', 'learning/', 'care/'] },
    // Learning from misses (issue 11) sits between staff (which runs /belajar) and the capabilities below.
    { files: ['core/learning/**/*.ts'], below: ['app', 'create-engine', 'tick', 'conversation/', 'staff/'] },
    { files: ['core/staff/**/*.ts'], below: ['create-engine', 'tick', 'conversation/'] },
    { files: ['core/conversation/**/*.ts'], below: ['create-engine', 'tick'] },
    { files: ASSEMBLY, below: [] },
  ]),
  {
    files: ['intents/natural.ts'],
    rules: { 'no-restricted-imports': 'off' },
  },
  {
    files: ['eslint.config.js'],
    ...tseslint.configs.disableTypeChecked,
  },
  // The pages' own scripts run in the browser as plain ES modules (no build step).
  {
    files: ['web/public/**/*.js'],
    ...tseslint.configs.disableTypeChecked,
    languageOptions: {
      sourceType: 'module',
      parserOptions: { projectService: false, project: null },
      globals: Object.fromEntries(
        ['window', 'document', 'fetch', 'EventSource', 'location', 'URLSearchParams', 'AudioContext', 'SpeechSynthesisUtterance', 'speechSynthesis', 'setTimeout', 'setInterval', 'Intl'].map((name) => [name, 'readonly']),
      ),
    },
  },
  // The worker bootstrap for source mode (intents/worker-thread.ts): plain Node ESM, not part of the build.
  {
    files: ['intents/tsx-worker.mjs'],
    ...tseslint.configs.disableTypeChecked,
    languageOptions: { sourceType: 'module', parserOptions: { projectService: false, project: null } },
  },
);

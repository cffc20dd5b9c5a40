// @ts-check
/**
 * `npm run mutate` mutates all of core/booking and data/store in one run. To work on a few files
 * at a time (faster, and what a shared 2-core machine can afford), name the part, so each part
 * keeps its own incremental file and report and a rerun only tests the mutants whose code or
 * tests changed:
 *   MUTATE_PART=bookings npx stryker run --mutate core/booking/bookings.ts --concurrency 1
 * `npx tsx scripts/mutation-table.ts` then prints the per-file and per-folder table from every
 * part's report (the newest report wins for a file that is in several).
 */
const part = process.env.MUTATE_PART ?? 'all';
if (!/^[a-z0-9-]+$/.test(part)) throw new Error(`MUTATE_PART must be lower-case letters, digits or "-", got ${part}`);

/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  testRunner: 'vitest',
  vitest: { configFile: 'vitest.mutate.config.ts' },
  checkers: [],
  mutate: ['core/booking/**/*.ts', 'data/store/**/*.ts'],
  coverageAnalysis: 'perTest',
  incremental: true,
  incrementalFile: `reports/stryker-incremental-${part}.json`,
  reporters: ['clear-text', 'progress', 'html', 'json'],
  htmlReporter: { fileName: `reports/mutation/${part}.html` },
  jsonReporter: { fileName: `reports/mutation/${part}.json` },
  thresholds: { high: 90, low: 80, break: null },
  concurrency: 2,
  timeoutMS: 20000,
  tempDirName: '.stryker-tmp',
  ignorePatterns: ['var', 'reports', '.wwebjs_auth', '.wwebjs_cache', 'coverage', 'dist'],
};

/**
 * The tests `npm run mutate` runs against each mutant: the in-process unit tests of core/ and
 * the store. Left out: child-process tests (crash, CLI; Stryker cannot see which mutants a child
 * covers) and the end-to-end conversations, which train the real NLU (seconds per test: with them
 * one file took ~30 s per mutant on 2 shared cores). So a mutant counts as killed only when a
 * unit test notices it: the bar is the unit tests of core/booking and data/store.
 */
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/core/**/*.test.ts', 'test/data/store/*.test.ts'],
    exclude: ['test/data/store/crash.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});

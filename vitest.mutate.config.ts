/**
 * The tests `npm run mutate` runs against each mutant: the in-process tests of core/, the store
 * and the conversation. Child-process tests (crash, CLI) are left out: Stryker cannot see which
 * mutants a child process covers, and they cost seconds each. The NLU and channel tests do not
 * reach core/booking or data/store.
 */
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/core/**/*.test.ts', 'test/data/**/*.test.ts', 'test/e2e/*.test.ts'],
    exclude: ['test/data/store/crash.test.ts', 'test/e2e/booking-crash.test.ts', 'test/e2e/cli.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});

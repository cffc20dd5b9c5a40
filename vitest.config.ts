import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // Child-process tests (crash, entry point) need more than the 5 s default on a busy 2-core box.
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});

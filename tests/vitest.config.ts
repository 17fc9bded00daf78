import { defineConfig } from 'vitest/config';

/** Cross-package integration tests only; Playwright runs e2e/ and benchmarks run on their own. */
export default defineConfig({
  test: {
    include: ['integration/**/*.test.ts'],
    testTimeout: 60_000,
  },
});

import { defineConfig } from 'vitest/config';

/**
 * The lifecycle's property and model tests walk thousands of event sequences: ~2.5 s alone, and
 * twice that or more beside the other packages' tests on a busy two-core machine.
 */
export default defineConfig({
  test: {
    testTimeout: 30_000,
  },
});

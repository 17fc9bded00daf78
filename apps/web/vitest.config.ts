import { defineConfig } from 'vitest/config';

/**
 * The API's in-process tests run against SQLite (a file in a temporary folder) and PostgreSQL (one
 * throwaway server for the run, started by the store package's own global set-up).
 */
export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    globalSetup: ['../../packages/store/test/support/postgres-global-setup.ts'],
    testTimeout: 30_000,
    hookTimeout: 60_000,
  },
});

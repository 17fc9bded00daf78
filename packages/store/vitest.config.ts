import { defineConfig } from 'vitest/config';

/** The store's tests run against SQLite and a PostgreSQL started once for the run by the global set-up. */
export default defineConfig({
  test: {
    globalSetup: ['test/support/postgres-global-setup.ts'],
    testTimeout: 30_000,
    hookTimeout: 60_000,
  },
});

import type { TestProject } from 'vitest/node';
import { type PostgresServer, startPostgres } from './postgres-server.js';

/**
 * What the global set-up hands to the tests: a URL of a running PostgreSQL server's `postgres`
 * database, or the reason it could not start (so PostgreSQL tests fail with that reason while the
 * SQLite half still runs).
 */
export type ProvidedPostgres = { readonly url: string } | { readonly error: string };

declare module 'vitest' {
  /** Values the global set-up provides to every test file through `inject`. */
  export interface ProvidedContext {
    postgres: ProvidedPostgres;
  }
}

/**
 * vitest globalSetup: starts one throwaway PostgreSQL for the whole run, provides its URL as
 * `inject('postgres')`, and stops it when the run ends.
 */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  let server: PostgresServer | undefined;
  try {
    server = await startPostgres();
    project.provide('postgres', { url: server.url() });
  } catch (error) {
    project.provide('postgres', { error: (error as Error).message });
  }
  return async () => {
    await server?.stop();
  };
}

import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { StoreOptions } from '@rapporteur/store';
import { startPostgres } from '../../../packages/store/test/support/postgres-server.js';

/** A database of its own for an app server under test: how the store opens it and how the server is told of it. */
export interface ServedDatabase {
  /** How a store in the test's own process opens it (to seed it). */
  readonly options: StoreOptions;
  /** The environment that points an app server at it (scripts/serve.sh's variables). */
  readonly env: Record<string, string>;
  /** Stops the PostgreSQL server or removes the SQLite folder. */
  drop(): Promise<void>;
}

/**
 * A fresh database on `engine`: a PostgreSQL server started on loopback (with its commits synced
 * to disk when `durable`, as benchmarks want; see startPostgres), or a SQLite file in a new
 * temporary folder (with DATABASE_URL cleared so the server does not pick up one from outside).
 */
export async function servedDatabase(
  engine: 'sqlite' | 'postgres',
  name = 'rapporteur-served-',
  { durable = false }: { readonly durable?: boolean } = {},
): Promise<ServedDatabase> {
  if (engine === 'postgres') {
    const postgres = await startPostgres({ durable });
    return {
      options: { databaseUrl: postgres.url() },
      env: { DATABASE_URL: postgres.url() },
      drop: () => postgres.stop(),
    };
  }
  const dataDir = mkdtempSync(join(tmpdir(), name));
  return {
    options: { sqlitePath: join(dataDir, 'rapporteur.sqlite') },
    env: { RAPPORTEUR_DATA_DIR: dataDir, DATABASE_URL: '' },
    drop: async () => rmSync(dataDir, { recursive: true, force: true }),
  };
}

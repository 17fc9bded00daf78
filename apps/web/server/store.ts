import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { openStore, type Store } from '@rapporteur/store';

/**
 * Where the embedded SQLite database lives: `RAPPORTEUR_DATA_DIR` when set, else `data/` at the
 * repository's root (next start runs in apps/web, so the default is resolved from there).
 */
export function sqlitePath(): string {
  const dataDir = process.env.RAPPORTEUR_DATA_DIR ?? resolve(process.cwd(), '..', '..', 'data');
  mkdirSync(dataDir, { recursive: true });
  return join(dataDir, 'rapporteur.sqlite');
}

let opened: Promise<Store> | undefined;

/**
 * The store of this server process, opened once (migrations run then): PostgreSQL when
 * `DATABASE_URL` is a postgres:// URL, otherwise the embedded SQLite file. App servers keep no
 * other state, so several can share one PostgreSQL.
 */
export function getStore(): Promise<Store> {
  opened ??= openStore(
    process.env.DATABASE_URL ? { databaseUrl: process.env.DATABASE_URL } : { sqlitePath: sqlitePath() },
  ).catch((error: unknown) => {
    opened = undefined;
    throw error;
  });
  return opened;
}

import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import type { SqliteSynchronous, StoreOptions } from '@rapporteur/store';

/**
 * The repository root: the nearest folder at or above `from` holding pnpm-workspace.yaml (else
 * `from`). Paths found at run time are marked `turbopackIgnore`, so Next's build does not trace the
 * whole repository into the server output on their account.
 */
export function repositoryRoot(from: string = process.cwd()): string {
  let dir = resolve(/*turbopackIgnore: true*/ from);
  for (;;) {
    if (existsSync(join(dir, 'pnpm-workspace.yaml'))) return dir;
    const parent = dirname(dir);
    if (parent === dir) return resolve(/*turbopackIgnore: true*/ from);
    dir = parent;
  }
}

/**
 * Where the app's store lives, from the environment: PostgreSQL when DATABASE_URL is set; otherwise
 * the SQLite file RAPPORTEUR_SQLITE_PATH, or `rapporteur.sqlite` in RAPPORTEUR_DATA_DIR, or by default
 * `<repository root>/data/rapporteur.sqlite` — the same file whether the server runs from the root or
 * (as `next start` does) from apps/web.
 */
export function storeOptionsFromEnv(env: NodeJS.ProcessEnv = process.env): StoreOptions {
  const databaseUrl = env.DATABASE_URL?.trim();
  if (databaseUrl) return { databaseUrl };
  const sqliteSynchronous = sqliteSynchronousFromEnv(env);
  if (env.RAPPORTEUR_SQLITE_PATH)
    return { sqlitePath: resolve(env.RAPPORTEUR_SQLITE_PATH), sqliteSynchronous };
  const dataDir = env.RAPPORTEUR_DATA_DIR ? resolve(env.RAPPORTEUR_DATA_DIR) : join(repositoryRoot(), 'data');
  return { sqlitePath: join(dataDir, 'rapporteur.sqlite'), sqliteSynchronous };
}

/**
 * SQLite's synchronous setting from RAPPORTEUR_SQLITE_SYNCHRONOUS: `full` for a site that needs every
 * acknowledged save to survive a power cut (an fsync per commit), else the store's default `normal`
 * (survives the server being killed). Anything else is refused, so a typo never weakens durability.
 */
function sqliteSynchronousFromEnv(env: NodeJS.ProcessEnv): SqliteSynchronous | undefined {
  const value = env.RAPPORTEUR_SQLITE_SYNCHRONOUS?.trim().toLowerCase();
  if (value === undefined || value === '') return undefined;
  if (value === 'full' || value === 'normal') return value;
  throw new Error(`RAPPORTEUR_SQLITE_SYNCHRONOUS must be "full" or "normal", not "${value}".`);
}
